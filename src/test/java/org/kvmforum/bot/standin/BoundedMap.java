package org.kvmforum.bot.standin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An insertion-ordered map that forgets its oldest entries past a capacity; thread-safe. */
final class BoundedMap<K, V> {
    private final Map<K, V> entries;

    BoundedMap(int capacity) {
        this.entries = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized void put(K key, V value) {
        entries.put(key, value);
    }

    synchronized V get(K key) {
        return entries.get(key);
    }

    synchronized List<V> values() {
        return new ArrayList<>(entries.values());
    }
}
