"""The HTTP side of the sandbox: the Starlette app, its routes, authentication and request validation."""
