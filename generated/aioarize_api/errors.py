"""Contains shared errors types that can be raised from API functions and from models' from_dict"""


class UnexpectedStatus(Exception):
    """Raised by api functions when the response status an undocumented status and Client.raise_on_unexpected_status is True"""

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content

        super().__init__(
            f"Unexpected status code: {status_code}\n\nResponse content:\n{content.decode(errors='ignore')}"
        )


class SchemaMismatch(ValueError):
    """A JSON value that is not what the schema says, raised by a model's ``from_dict``.

    ``path`` locates the value from the object ``from_dict`` was given, outermost
    first: object keys (``str``) and array indexes (``int``). The message names
    types only, never the value, so nothing a server echoes is repeated here.
    """

    def __init__(self, message: str, path: list[str | int]) -> None:
        super().__init__(message)
        self.path = path

    def json_path(self, root: str = "$") -> str:
        """The path as text below ``root``, e.g. ``$.scopings[0].space_id``."""
        return root + "".join(
            f"[{part}]" if isinstance(part, int) else f".{part}" for part in self.path
        )

    def __str__(self) -> str:
        return f"{self.json_path()}: {self.args[0]}"

    @classmethod
    def expected(
        cls, expected: str, value: object, *path: str | int
    ) -> "SchemaMismatch":
        """The error for ``value`` found where ``expected`` (e.g. "a string") belongs."""
        if isinstance(value, float) and value - value != 0:
            got = "a non-finite number"
        elif isinstance(value, str):
            got = "a string of another form" if "string" in expected else "string"
        else:
            got = _JSON_TYPE_NAMES.get(type(value), type(value).__name__)
        return cls(f"expected {expected}, got {got}", list(path))

    @classmethod
    def expected_item(
        cls, expected: str, items: list[object], item: object
    ) -> "SchemaMismatch":
        """The error for ``item`` of ``items``, the first that failed ``expected``."""
        index = next(index for index, each in enumerate(items) if each is item)
        return cls.expected(expected, item, index)

    @classmethod
    def at(cls, error: Exception, *path: str | int) -> Exception:
        """``error``, raised while parsing the value at ``path``, located there.

        Each nested parse is wrapped by its parent, so a ``KeyError`` arriving here
        is the nested object's own required key, and a ``SchemaMismatch`` gains the
        parent's part of the path. Anything else (``RecursionError``) stays as it is.
        """
        if isinstance(error, SchemaMismatch):
            error.path[0:0] = path
            return error
        if isinstance(error, KeyError):
            return cls("required field missing", [*path, *error.args[:1]])
        if isinstance(error, (TypeError, ValueError, AttributeError, OverflowError)):
            return cls(str(error), list(path))
        return error


_JSON_TYPE_NAMES: dict[type, str] = {
    str: "string",
    int: "integer",
    float: "number",
    bool: "boolean",
    list: "array",
    dict: "object",
    type(None): "null",
}


__all__ = ["SchemaMismatch", "UnexpectedStatus"]
