//! Small ordered collections keyed by id: `IdMap` and `IdSet`, a sorted `Vec` each.
//!
//! They replace `BTreeMap` and `BTreeSet` on the app's path for the wasm's sake: every
//! `BTreeMap<K, V>` brings its own insert, split, search, clone and drop code per key and
//! value type, and every `collect()` into one a stable sort per element type. Here all keys
//! are ids, strings underneath, so one search over `&str` (`position`) serves every map and
//! set, and building one from an iterator inserts in place instead of sorting. Our maps hold
//! tens of entries, where a sorted `Vec` is as quick as a tree.
//!
//! Order, equality and the serde wire format are those of `BTreeMap`/`BTreeSet`: iteration
//! is in key order, and a map (de)serialises as a map, so packs, their postcard bytes and
//! fingerprints, and the TOML files read the same as before.

use serde::de::{MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::borrow::Borrow;
use std::cmp::Ordering;
use std::fmt;
use std::marker::PhantomData;

/// A key ordered by its text. Every id newtype is one (and a reference to one): its derived
/// `Ord` is its string's, so an `IdMap` iterates in the order a `BTreeMap` would.
pub trait IdKey {
    fn as_key(&self) -> &str;
}

impl<K: IdKey + ?Sized> IdKey for &K {
    fn as_key(&self) -> &str {
        (**self).as_key()
    }
}

/// Where `probe` is (`Ok`) or belongs (`Err`) among `len` keys in ascending order, `key_at(i)`
/// being the i-th. Not generic, and kept out of line, so all maps and sets share this one copy.
#[inline(never)]
fn position<'a>(
    len: usize,
    key_at: &dyn Fn(usize) -> &'a str,
    probe: &str,
) -> Result<usize, usize> {
    let (mut low, mut high) = (0, len);
    while low < high {
        let middle = low + (high - low) / 2;
        match key_at(middle).cmp(probe) {
            Ordering::Less => low = middle + 1,
            Ordering::Greater => high = middle,
            Ordering::Equal => return Ok(middle),
        }
    }
    Err(low)
}

/// A map from ids to values, in key order: a `BTreeMap` for a few dozen entries.
#[derive(Clone, PartialEq, Eq)]
pub struct IdMap<K, V> {
    /// Sorted by key, each key once.
    entries: Vec<(K, V)>,
}

/// The borrowing iterator of an `IdMap`: `(&key, &value)` in key order.
pub type Iter<'a, K, V> = std::iter::Map<std::slice::Iter<'a, (K, V)>, fn(&(K, V)) -> (&K, &V)>;

fn as_pair<K, V>((key, value): &(K, V)) -> (&K, &V) {
    (key, value)
}

impl<K, V> IdMap<K, V> {
    pub const fn new() -> Self {
        Self {
            entries: Vec::new(),
        }
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub fn iter(&self) -> Iter<'_, K, V> {
        self.entries.iter().map(as_pair as fn(&(K, V)) -> (&K, &V))
    }

    pub fn keys(&self) -> impl DoubleEndedIterator<Item = &K> + ExactSizeIterator {
        self.entries.iter().map(|(key, _)| key)
    }

    pub fn values(&self) -> impl DoubleEndedIterator<Item = &V> + ExactSizeIterator {
        self.entries.iter().map(|(_, value)| value)
    }

    pub fn values_mut(&mut self) -> impl DoubleEndedIterator<Item = &mut V> + ExactSizeIterator {
        self.entries.iter_mut().map(|(_, value)| value)
    }
}

impl<K: IdKey, V> IdMap<K, V> {
    fn find(&self, key: &str) -> Result<usize, usize> {
        position(self.entries.len(), &|i| self.entries[i].0.as_key(), key)
    }

    pub fn get<Q: IdKey + ?Sized>(&self, key: &Q) -> Option<&V>
    where
        K: Borrow<Q>,
    {
        self.get_key_value(key).map(|(_, value)| value)
    }

    pub fn get_key_value<Q: IdKey + ?Sized>(&self, key: &Q) -> Option<(&K, &V)>
    where
        K: Borrow<Q>,
    {
        let index = self.find(key.as_key()).ok()?;
        self.entries.get(index).map(as_pair)
    }

    pub fn get_mut<Q: IdKey + ?Sized>(&mut self, key: &Q) -> Option<&mut V>
    where
        K: Borrow<Q>,
    {
        let index = self.find(key.as_key()).ok()?;
        self.entries.get_mut(index).map(|(_, value)| value)
    }

    pub fn contains_key<Q: IdKey + ?Sized>(&self, key: &Q) -> bool
    where
        K: Borrow<Q>,
    {
        self.find(key.as_key()).is_ok()
    }

    /// Adds or replaces the value for `key`; returns the value it replaced. Like `BTreeMap`,
    /// a key already present is kept and only its value changes.
    pub fn insert(&mut self, key: K, value: V) -> Option<V> {
        match self.find(key.as_key()) {
            Ok(index) => Some(std::mem::replace(&mut self.entries[index].1, value)),
            Err(index) => {
                self.entries.insert(index, (key, value));
                None
            }
        }
    }

    pub fn remove<Q: IdKey + ?Sized>(&mut self, key: &Q) -> Option<V>
    where
        K: Borrow<Q>,
    {
        let index = self.find(key.as_key()).ok()?;
        Some(self.entries.remove(index).1)
    }

    /// The value for `key`, inserting `V::default()` first when there is none: what
    /// `BTreeMap::entry(key).or_default()` does.
    pub fn value_or_default(&mut self, key: K) -> &mut V
    where
        V: Default,
    {
        let index = match self.find(key.as_key()) {
            Ok(index) => index,
            Err(index) => {
                self.entries.insert(index, (key, V::default()));
                index
            }
        };
        &mut self.entries[index].1
    }
}

impl<K, V> Default for IdMap<K, V> {
    fn default() -> Self {
        Self::new()
    }
}

impl<K: fmt::Debug, V: fmt::Debug> fmt::Debug for IdMap<K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}

/// Inserts one by one, so a later duplicate key replaces the earlier value, as in `BTreeMap`.
impl<K: IdKey, V> FromIterator<(K, V)> for IdMap<K, V> {
    fn from_iter<I: IntoIterator<Item = (K, V)>>(pairs: I) -> Self {
        let mut map = Self::new();
        map.extend(pairs);
        map
    }
}

impl<K: IdKey, V> Extend<(K, V)> for IdMap<K, V> {
    fn extend<I: IntoIterator<Item = (K, V)>>(&mut self, pairs: I) {
        for (key, value) in pairs {
            self.insert(key, value);
        }
    }
}

impl<K, V> IntoIterator for IdMap<K, V> {
    type Item = (K, V);
    type IntoIter = std::vec::IntoIter<(K, V)>;

    fn into_iter(self) -> Self::IntoIter {
        self.entries.into_iter()
    }
}

impl<'a, K, V> IntoIterator for &'a IdMap<K, V> {
    type Item = (&'a K, &'a V);
    type IntoIter = Iter<'a, K, V>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

/// `map[&id]`, which panics on a missing key like `BTreeMap`'s: for keys known to be there.
impl<K: IdKey + Borrow<Q>, V, Q: IdKey + ?Sized> std::ops::Index<&Q> for IdMap<K, V> {
    type Output = V;

    fn index(&self, key: &Q) -> &V {
        self.get(key).expect("the key is in the map")
    }
}

/// As `BTreeMap` does: a map of its entries in key order.
impl<K: Serialize, V: Serialize> Serialize for IdMap<K, V> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.iter())
    }
}

/// As `BTreeMap` does: any map, in any order; a repeated key keeps its last value.
impl<'de, K: Deserialize<'de> + IdKey, V: Deserialize<'de>> Deserialize<'de> for IdMap<K, V> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct MapVisitor<K, V>(PhantomData<(K, V)>);

        impl<'de, K: Deserialize<'de> + IdKey, V: Deserialize<'de>> Visitor<'de> for MapVisitor<K, V> {
            type Value = IdMap<K, V>;

            // The words serde uses for a `BTreeMap`, so a wrongly typed table in a pack
            // reads exactly as before ("invalid type: ..., expected a map").
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a map")
            }

            fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<Self::Value, A::Error> {
                let mut map = IdMap::new();
                while let Some((key, value)) = access.next_entry()? {
                    map.insert(key, value);
                }
                Ok(map)
            }
        }

        deserializer.deserialize_map(MapVisitor(PhantomData))
    }
}

/// A set of ids, in order: a `BTreeSet` for a few dozen members.
#[derive(Clone, PartialEq, Eq)]
pub struct IdSet<K> {
    /// Sorted, each member once.
    members: Vec<K>,
}

impl<K> IdSet<K> {
    pub const fn new() -> Self {
        Self {
            members: Vec::new(),
        }
    }

    pub fn len(&self) -> usize {
        self.members.len()
    }

    pub fn is_empty(&self) -> bool {
        self.members.is_empty()
    }

    pub fn iter(&self) -> std::slice::Iter<'_, K> {
        self.members.iter()
    }

    /// The members in order, as a plain list.
    pub fn into_vec(self) -> Vec<K> {
        self.members
    }
}

impl<K: IdKey> IdSet<K> {
    fn find(&self, member: &str) -> Result<usize, usize> {
        position(self.members.len(), &|i| self.members[i].as_key(), member)
    }

    pub fn contains<Q: IdKey + ?Sized>(&self, member: &Q) -> bool
    where
        K: Borrow<Q>,
    {
        self.find(member.as_key()).is_ok()
    }

    /// Adds `member`; false when it was there already, which then stays as it was (as in
    /// `BTreeSet`).
    pub fn insert(&mut self, member: K) -> bool {
        match self.find(member.as_key()) {
            Ok(_) => false,
            Err(index) => {
                self.members.insert(index, member);
                true
            }
        }
    }

    /// Takes `member` out; false when it was not there.
    pub fn remove<Q: IdKey + ?Sized>(&mut self, member: &Q) -> bool
    where
        K: Borrow<Q>,
    {
        match self.find(member.as_key()) {
            Ok(index) => {
                self.members.remove(index);
                true
            }
            Err(_) => false,
        }
    }
}

impl<K> Default for IdSet<K> {
    fn default() -> Self {
        Self::new()
    }
}

impl<K: fmt::Debug> fmt::Debug for IdSet<K> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.iter()).finish()
    }
}

/// Inserts one by one (no sort); a repeated member is kept once.
impl<K: IdKey> FromIterator<K> for IdSet<K> {
    fn from_iter<I: IntoIterator<Item = K>>(members: I) -> Self {
        let mut set = Self::new();
        set.extend(members);
        set
    }
}

impl<K: IdKey> Extend<K> for IdSet<K> {
    fn extend<I: IntoIterator<Item = K>>(&mut self, members: I) {
        for member in members {
            self.insert(member);
        }
    }
}

impl<K> IntoIterator for IdSet<K> {
    type Item = K;
    type IntoIter = std::vec::IntoIter<K>;

    fn into_iter(self) -> Self::IntoIter {
        self.members.into_iter()
    }
}

impl<'a, K> IntoIterator for &'a IdSet<K> {
    type Item = &'a K;
    type IntoIter = std::slice::Iter<'a, K>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::QuestionId;
    use proptest::prelude::*;
    use std::collections::{BTreeMap, BTreeSet};

    /// Few short keys, so operations often meet an existing one; upper case, '_' and 'é' sort
    /// by their bytes, as the ids' derived `Ord` does.
    fn key() -> impl Strategy<Value = QuestionId> {
        "[abAB_é]{0,2}".prop_map(QuestionId::new)
    }

    #[derive(Debug, Clone)]
    enum MapOp {
        Insert(QuestionId, u8),
        Remove(QuestionId),
        Get(QuestionId),
        GetMut(QuestionId, u8),
        ValueOrDefault(QuestionId, u8),
    }

    fn map_op() -> impl Strategy<Value = MapOp> {
        prop_oneof![
            (key(), any::<u8>()).prop_map(|(k, v)| MapOp::Insert(k, v)),
            key().prop_map(MapOp::Remove),
            key().prop_map(MapOp::Get),
            (key(), any::<u8>()).prop_map(|(k, v)| MapOp::GetMut(k, v)),
            (key(), any::<u8>()).prop_map(|(k, v)| MapOp::ValueOrDefault(k, v)),
        ]
    }

    #[derive(Debug, Clone)]
    enum SetOp {
        Insert(QuestionId),
        Remove(QuestionId),
        Contains(QuestionId),
    }

    fn set_op() -> impl Strategy<Value = SetOp> {
        prop_oneof![
            key().prop_map(SetOp::Insert),
            key().prop_map(SetOp::Remove),
            key().prop_map(SetOp::Contains),
        ]
    }

    fn same_as_btree(map: &IdMap<QuestionId, u8>, model: &BTreeMap<QuestionId, u8>) {
        assert_eq!(map.len(), model.len());
        assert_eq!(map.is_empty(), model.is_empty());
        assert!(map.iter().eq(model.iter()), "{map:?} != {model:?}");
        assert!(map.keys().eq(model.keys()));
        assert!(map.values().eq(model.values()));
        assert_eq!(format!("{map:?}"), format!("{model:?}"));
    }

    proptest! {
        #[test]
        fn a_map_behaves_like_a_btreemap(ops in prop::collection::vec(map_op(), 0..60)) {
            let mut map = IdMap::new();
            let mut model = BTreeMap::new();
            for op in ops {
                match op {
                    MapOp::Insert(k, v) => {
                        prop_assert_eq!(map.insert(k.clone(), v), model.insert(k, v));
                    }
                    MapOp::Remove(k) => prop_assert_eq!(map.remove(&k), model.remove(&k)),
                    MapOp::Get(k) => {
                        prop_assert_eq!(map.get(&k), model.get(&k));
                        prop_assert_eq!(map.get_key_value(&k), model.get_key_value(&k));
                        prop_assert_eq!(map.contains_key(&k), model.contains_key(&k));
                        // A map keyed by references searches the same way.
                        let borrowed: IdMap<&QuestionId, &u8> = map.iter().collect();
                        prop_assert_eq!(borrowed.get(&k).copied(), model.get(&k));
                    }
                    MapOp::GetMut(k, v) => {
                        if let Some(value) = map.get_mut(&k) {
                            *value = v;
                        }
                        if let Some(value) = model.get_mut(&k) {
                            *value = v;
                        }
                    }
                    MapOp::ValueOrDefault(k, v) => {
                        let value = map.value_or_default(k.clone());
                        *value = value.wrapping_add(v);
                        let value = model.entry(k).or_default();
                        *value = value.wrapping_add(v);
                    }
                }
                same_as_btree(&map, &model);
            }
            prop_assert!(map.clone().into_iter().eq(model.clone()));
        }

        #[test]
        fn collecting_keeps_the_last_value_of_a_key_like_a_btreemap(
            pairs in prop::collection::vec((key(), any::<u8>()), 0..40),
        ) {
            let map: IdMap<QuestionId, u8> = pairs.iter().cloned().collect();
            let model: BTreeMap<QuestionId, u8> = pairs.iter().cloned().collect();
            same_as_btree(&map, &model);
            let mut extended = IdMap::new();
            extended.extend(pairs.iter().cloned());
            prop_assert!(extended == map);
        }

        #[test]
        fn a_set_behaves_like_a_btreeset(ops in prop::collection::vec(set_op(), 0..60)) {
            let mut set = IdSet::new();
            let mut model = BTreeSet::new();
            for op in ops {
                match op {
                    SetOp::Insert(k) => prop_assert_eq!(set.insert(k.clone()), model.insert(k)),
                    SetOp::Remove(k) => prop_assert_eq!(set.remove(&k), model.remove(&k)),
                    SetOp::Contains(k) => prop_assert_eq!(set.contains(&k), model.contains(&k)),
                }
                prop_assert_eq!(set.len(), model.len());
                prop_assert_eq!(set.is_empty(), model.is_empty());
                prop_assert!(set.iter().eq(model.iter()));
                let mut walked = Vec::new();
                for id in &set {
                    walked.push(id);
                }
                prop_assert!(walked.into_iter().eq(&model));
                prop_assert_eq!(format!("{set:?}"), format!("{model:?}"));
            }
            let collected: IdSet<QuestionId> = model.iter().rev().cloned().collect();
            prop_assert!(collected == set);
            prop_assert_eq!(set.into_vec(), model.into_iter().collect::<Vec<_>>());
        }

        #[test]
        fn postcard_bytes_are_a_btreemaps(
            pairs in prop::collection::vec((key(), any::<u8>()), 0..20),
        ) {
            let map: IdMap<QuestionId, u8> = pairs.iter().cloned().collect();
            let model: BTreeMap<QuestionId, u8> = pairs.iter().cloned().collect();
            let bytes = postcard::to_allocvec(&map).expect("an IdMap encodes");
            prop_assert_eq!(&bytes, &postcard::to_allocvec(&model).expect("a BTreeMap encodes"));
            let decoded: IdMap<QuestionId, u8> = postcard::from_bytes(&bytes).expect("it decodes");
            prop_assert!(decoded == map);

            // A list of pairs has a map's bytes in postcard: unsorted and with repeated keys,
            // it decodes as a BTreeMap would decode it.
            let raw = postcard::to_allocvec(&pairs).expect("pairs encode");
            let decoded: IdMap<QuestionId, u8> = postcard::from_bytes(&raw).expect("it decodes");
            let model: BTreeMap<QuestionId, u8> = postcard::from_bytes(&raw).expect("it decodes");
            same_as_btree(&decoded, &model);
        }

        #[test]
        fn a_toml_table_reads_as_a_btreemap(
            pairs in prop::collection::vec(("[a-c]{1,2}", any::<u8>()), 0..8),
        ) {
            // Repeated keys make both fail with the same TOML error.
            let lines: String = pairs.iter().map(|(k, v)| format!("{k} = {v}\n")).collect();
            let text = format!("[m]\n{lines}");
            prop_assert_eq!(from_toml(&text), from_toml_as_btree(&text));
        }
    }

    #[derive(Debug, PartialEq, Deserialize)]
    struct Table<M> {
        m: M,
    }

    /// The map read from TOML, or the error's text.
    fn from_toml(text: &str) -> Result<Vec<(QuestionId, u8)>, String> {
        toml::from_str::<Table<IdMap<QuestionId, u8>>>(text)
            .map(|t| t.m.into_iter().collect())
            .map_err(|e| e.to_string())
    }

    fn from_toml_as_btree(text: &str) -> Result<Vec<(QuestionId, u8)>, String> {
        toml::from_str::<Table<BTreeMap<QuestionId, u8>>>(text)
            .map(|t| t.m.into_iter().collect())
            .map_err(|e| e.to_string())
    }

    #[test]
    fn toml_reads_and_rejects_what_a_btreemap_does() {
        for text in [
            "m = { b = 2, a = 1 }",
            "[m]\nb = 2\na = 1\n[m.c]\n",
            "m = 3",
            "m = [1, 2]",
            "m = { a = 1, a = 2 }",
            "m = { a = -1 }",
            "",
        ] {
            assert_eq!(from_toml(text), from_toml_as_btree(text), "{text}");
        }
        assert_eq!(
            from_toml("m = { b = 2, a = 1 }"),
            Ok(vec![(QuestionId::from("a"), 1), (QuestionId::from("b"), 2)])
        );
    }

    #[test]
    fn indexing_finds_a_key_by_reference() {
        let map: IdMap<QuestionId, u8> = [(QuestionId::from("b"), 2), (QuestionId::from("a"), 1)]
            .into_iter()
            .collect();
        assert_eq!(map[&QuestionId::from("a")], 1);
        assert_eq!(map[&QuestionId::from("b")], 2);
    }
}
