# A package, so the browser tests can `from .helpers import ...` under any pytest import mode.
