"""JupyterLab as the tests use it: `make lab` started on a free port with a known token, and a
small client of its server API (contents, sessions, a kernel's channels over a websocket) doing
what Lab's page does when an analyst opens, runs and saves a notebook. No browser needed."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import time
import uuid
from contextlib import contextmanager
from pathlib import Path

import requests
import websocket

START_SECONDS = 90          # Lab's first start builds its settings; on a busy 2-core machine ~10 s


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def running_lab(repo: Path, log: Path):
    """`make lab` in `repo` on a free port; yields a LabClient; stops Lab (its process group) after."""
    port, token = free_port(), uuid.uuid4().hex
    with log.open("w") as out:
        proc = subprocess.Popen(["make", "--no-print-directory", "lab", f"LAB_PORT={port}",
                                 f"LAB_ARGS=--IdentityProvider.token={token} --ServerApp.open_browser=False"],
                                cwd=repo, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    client = LabClient(f"http://127.0.0.1:{port}", token)
    try:
        deadline = time.monotonic() + START_SECONDS
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"make lab exited with {proc.returncode}:\n{log.read_text()[-3000:]}")
            try:
                if client.get("api/status").ok:
                    break
            except requests.ConnectionError:
                pass
            if time.monotonic() > deadline:
                raise TimeoutError(f"Lab did not answer in {START_SECONDS} s:\n{log.read_text()[-3000:]}")
            time.sleep(0.5)
        yield client
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


class LabClient:
    def __init__(self, url: str, token: str):
        self.url, self.token = url.rstrip("/"), token
        self.headers = {"Authorization": f"token {token}"}

    def get(self, path: str, **kw):
        return requests.get(f"{self.url}/{path}", headers=self.headers, timeout=30, **kw)

    def notebook(self, path: str) -> dict:
        """GET a notebook through the contents API, as Lab does when it opens one."""
        r = self.get(f"api/contents/{path}", params={"type": "notebook", "content": 1})
        r.raise_for_status()
        return r.json()["content"]

    def save(self, path: str, nb: dict) -> None:
        """PUT a notebook through the contents API, as Lab's save (and autosave) does."""
        r = requests.put(f"{self.url}/api/contents/{path}", headers=self.headers, timeout=30,
                         data=json.dumps({"type": "notebook", "format": "json", "content": nb}))
        r.raise_for_status()

    def start_kernel(self, path: str, kernel: str = "python3") -> Kernel:
        """A session for the notebook (as opening it in Lab starts one) and its kernel's channels."""
        r = requests.post(f"{self.url}/api/sessions", headers=self.headers, timeout=60,
                          data=json.dumps({"path": path, "name": Path(path).name, "type": "notebook",
                                           "kernel": {"name": kernel}}))
        r.raise_for_status()
        session = r.json()
        ws_url = self.url.replace("http", "ws", 1) + f"/api/kernels/{session['kernel']['id']}/channels"
        return Kernel(self, session, websocket.create_connection(ws_url, header=[f"Authorization: token {self.token}"],
                                                                 timeout=120))

    def kernelspec(self, name: str = "python3") -> dict:
        spec = self.get("api/kernelspecs").json()["kernelspecs"][name]["spec"]
        return {"display_name": spec["display_name"], "language": spec["language"], "name": name}


class Kernel:
    """A kernel's channels over Lab's websocket: requests and the messages that answer them."""

    def __init__(self, lab: LabClient, session: dict, ws):
        self.lab, self.session, self.ws = lab, session, ws
        self.id = uuid.uuid4().hex

    def request(self, msg_type: str, content: dict, reply_expected: bool = True) -> tuple[dict | None, list[dict]]:
        """Send one shell message; return its reply and the iopub messages it caused, until idle.
        A comm message (a widget's click) has no reply: only the kernel's busy/idle says it was handled."""
        msg_id = uuid.uuid4().hex
        self.ws.send(json.dumps({"header": {"msg_id": msg_id, "msg_type": msg_type, "session": self.id,
                                            "username": "test", "version": "5.3", "date": ""},
                                 "parent_header": {}, "metadata": {}, "content": content, "channel": "shell"}))
        reply, iopub, idle = None, [], False
        while (reply_expected and reply is None) or not idle:
            m = json.loads(self.ws.recv())
            if m.get("parent_header", {}).get("msg_id") != msg_id:
                continue
            if m["channel"] == "shell":
                reply = m
            elif m["channel"] == "iopub":
                if m["msg_type"] == "status":
                    idle = m["content"]["execution_state"] == "idle"
                else:
                    iopub.append(m)
        return reply, iopub

    def language_info(self) -> dict:
        return self.request("kernel_info_request", {})[0]["content"]["language_info"]

    def run(self, code: str) -> list[dict]:
        """Execute code; the outputs as a notebook stores them. An error raises, with its traceback."""
        reply, iopub = self.request("execute_request", {"code": code, "silent": False, "store_history": True,
                                                        "user_expressions": {}, "allow_stdin": False})
        if reply["content"]["status"] != "ok":
            raise RuntimeError("\n".join(reply["content"].get("traceback", [])) or str(reply["content"]))
        outputs = []
        for m in iopub:
            c = m["content"]
            if m["msg_type"] == "stream":
                outputs.append({"output_type": "stream", "name": c["name"], "text": c["text"]})
            elif m["msg_type"] in ("display_data", "execute_result"):
                outputs.append({"output_type": m["msg_type"], "data": c["data"], "metadata": c.get("metadata", {})})
        return outputs

    def click(self, model_id: str) -> list[dict]:
        """What the browser sends when a Button widget is clicked: a comm message to its model."""
        return self.request("comm_msg", {"comm_id": model_id, "data": {"method": "custom",
                                                                        "content": {"event": "click"}}},
                            reply_expected=False)[1]

    def close(self) -> None:
        self.ws.close()
        requests.delete(f"{self.lab.url}/api/sessions/{self.session['id']}", headers=self.lab.headers, timeout=30)
