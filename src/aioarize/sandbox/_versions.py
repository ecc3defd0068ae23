"""Versions of an item's children (a dataset's examples): which state each version holds.

An item of a ``VERSIONED`` collection lists its versions, newest first, in a field
of its own. The store's instance of its children is the latest version's state;
an older version keeps the copy it had when a newer one was made from it
(``NEW_VERSION``), so reading or writing it leaves the others as they are.
"""

from __future__ import annotations

from ._generate import iso
from ._rules import VERSIONED
from ._spec import Collection
from ._store import Instance, JSONObject, Store

Located = tuple[Instance, int]


class Versions:
    def __init__(self, store: Store) -> None:
        self.store = store
        #: (owner's parents..., owner ID) -> version ID -> the children as that version holds
        #: them, for every version but the latest.
        self._older: dict[tuple[str, ...], dict[str, Instance]] = {}

    def owner_of(self, children: Collection) -> str | None:
        """The versioned collection whose items' children ``children`` are, if any."""
        return next((name for name, (_, c) in VERSIONED.items() if c == children.name), None)

    def _listed(self, owner: Located) -> list[JSONObject]:
        instance, slot = owner
        versions = instance.item(slot).get(VERSIONED[instance.collection.name][0])
        return list(versions) if isinstance(versions, list) else []

    def _key(self, owner: Located) -> tuple[str, ...]:
        instance, slot = owner
        return (*instance.parents, str(instance.id_of(slot)))

    def _latest_children(self, owner: Located) -> Instance:
        instance = owner[0]
        children = self.store.collection(VERSIONED[instance.collection.name][1])
        return self.store.instance(children, self._key(owner))

    def select(self, owner: Located, version_id: object) -> tuple[JSONObject, Instance] | None:
        """The version named (the latest if ``version_id`` is empty) and its children; None
        where the owner has no such version."""
        versions = self._listed(owner)
        if not versions:
            return None
        if not version_id:
            return versions[0], self._latest_children(owner)
        for version in versions:
            if version.get("id") == version_id:
                if version.get("id") == versions[0].get("id"):
                    return version, self._latest_children(owner)
                older = self._older.get(self._key(owner), {})
                # A seed item's older versions (none today) would hold the seeded children.
                return version, older.get(str(version_id)) or self._latest_children(owner)
        return None

    def branch(self, owner: Located, base: Instance, name: str) -> tuple[JSONObject, Instance]:
        """A new latest version named ``name`` holding a copy of ``base``'s children."""
        instance, slot = owner
        versions = self._listed(owner)
        latest = self._latest_children(owner)
        self._older.setdefault(self._key(owner), {})[str(versions[0]["id"])] = latest
        children = base.copy()
        self.store.adopt(children)
        now = iso(self.store.now())
        version = self.store.version(
            instance.collection,
            str(instance.id_of(slot)),
            len(versions) + 1,
            {"created_at": now, "updated_at": now},
        )
        version["name"] = name
        self._put(owner, [version, *versions])
        return version, children

    def touch(self, owner: Located, version: JSONObject) -> JSONObject:
        """The version, its ``updated_at`` now (its children were written in place)."""
        touched = {**version, "updated_at": iso(self.store.now())}
        versions = self._listed(owner)
        self._put(owner, [touched if v.get("id") == version["id"] else v for v in versions])
        return touched

    def _put(self, owner: Located, versions: list[JSONObject]) -> None:
        instance, slot = owner
        field = VERSIONED[instance.collection.name][0]
        instance.put(slot, {**instance.item(slot), field: versions})

    def drop(self, owner: Located) -> None:
        """Forget the older versions' children of a deleted owner."""
        self._older.pop(self._key(owner), None)
