"""The user-guide walkthrough; a placeholder listing the API operations until the facade lands."""

from __future__ import annotations

import pkgutil

import generated_client.api


def main() -> None:
    for tag in pkgutil.iter_modules(generated_client.api.__path__):
        module = __import__(f"generated_client.api.{tag.name}", fromlist=["_"])
        operations = [m.name for m in pkgutil.iter_modules(module.__path__)]
        print(f"{tag.name}: {', '.join(operations)}")


if __name__ == "__main__":
    main()
