"""A small HTTP client for Fakh's API (Python 3 standard library only), shared by the data
generator, the load drivers and the fault tests. One keep-alive connection per thread."""
import base64
import hashlib
import hmac
import http.client
import json
import threading
import time

_local = threading.local()


class Api:
    def __init__(self, port, host="127.0.0.1"):
        self.host, self.port = host, port

    def _conn(self):
        conns = getattr(_local, "conns", None)
        if conns is None:
            conns = _local.conns = {}
        key = (self.host, self.port)
        if key not in conns:
            conns[key] = http.client.HTTPConnection(self.host, self.port, timeout=60)
        return conns[key]

    def request(self, method, path, body=None, token=None, content_type="application/json", headers=None):
        """Returns (status, parsed JSON or text or None)."""
        h = dict(headers or {})
        data = None
        if body is not None:
            data = body if isinstance(body, (bytes, str)) else json.dumps(body)
            if isinstance(data, str):
                data = data.encode("utf-8")
            h["Content-Type"] = content_type
        if token:
            h["Authorization"] = "Bearer " + token
        for attempt in range(2):
            conn = self._conn()
            try:
                conn.request(method, path, body=data, headers=h)
                resp = conn.getresponse()
                raw = resp.read()
                break
            except (ConnectionError, http.client.HTTPException, OSError):
                conn.close()
                _local.conns.pop((self.host, self.port), None)
                if attempt == 1:
                    raise
        ctype = resp.getheader("Content-Type") or ""
        if "json" in ctype and raw:
            return resp.status, json.loads(raw)
        return resp.status, raw.decode("utf-8", "replace") if raw else None

    def ok(self, method, path, body=None, token=None, content_type="application/json"):
        status, payload = self.request(method, path, body, token, content_type)
        if status >= 300:
            raise RuntimeError(f"{method} {path} -> {status}: {payload}")
        return payload

    def login(self, email, password):
        return self.ok("POST", "/login", {"username": email, "password": password})["access_token"]

    def create_user(self, admin_token, user, password):
        """A password an administrator gives is one-time (every call but the password change answers
        403 until the person sets their own), so the user is created with a throwaway one and then
        sets `password`, as a person does at the first sign-in. Returns the user and the access token
        the change answers with (the change ended every older session)."""
        one_time = password + "-one-time"
        created = self.ok("POST", "/api/users", dict(user, password=one_time), admin_token)
        token = self.login(user["email"], one_time)
        changed = self.ok("POST", "/api/me/password", {"currentPassword": one_time, "newPassword": password}, token)
        return created, changed["access_token"]


def mint_token(secret, email, user_id, roles, locale="uk", lifetime=6 * 3600):
    """The same HS256 JWT the application issues at /login (claims of ua.fakh.core.security.TokenClaims),
    so thousands of learners need not pay Argon2id each before a benchmark."""
    def b64(data):
        return base64.urlsafe_b64encode(data).rstrip(b"=").decode()
    now = int(time.time())
    header = b64(json.dumps({"alg": "HS256"}).encode())
    claims = b64(json.dumps({"sub": email, "uid": str(user_id), "nbf": now - 60, "roles": roles, "iss": "fakh",
                             "exp": now + lifetime, "locale": locale, "iat": now - 60}).encode())
    signature = hmac.new(secret.encode(), f"{header}.{claims}".encode(), hashlib.sha256).digest()
    return f"{header}.{claims}.{b64(signature)}"
