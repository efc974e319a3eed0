package store

import "testing"

func TestLedgerCacheBudget(t *testing.T) {
	tests := []struct {
		name    string
		puts    []cachedResult // txid, value (a string key), size
		present []string
		absent  []string
	}{
		{"fits", []cachedResult{{1, "a", 1 << 20}, {1, "b", 1 << 20}}, []string{"a", "b"}, nil},
		{"too large for the cache", []cachedResult{{1, "a", maxCacheBytes/4 + 1}}, nil, []string{"a"}},
		{"older states go first", []cachedResult{{1, "old", maxCacheBytes / 4}, {2, "a", maxCacheBytes / 4}, {2, "b", maxCacheBytes / 4}, {2, "c", maxCacheBytes / 4}, {2, "d", maxCacheBytes / 4}},
			[]string{"a", "b", "c", "d"}, []string{"old"}},
		{"over budget evicts", []cachedResult{{1, "a", maxCacheBytes / 4}, {1, "b", maxCacheBytes / 4}, {1, "c", maxCacheBytes / 4}, {1, "d", maxCacheBytes / 4}, {1, "e", maxCacheBytes / 4}},
			[]string{"e"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var c ledgerCache
			last := 0
			for _, p := range tt.puts {
				c.put(p.value.(string), p.txid, p.value, p.size)
				last = p.txid
			}
			if c.bytes > maxCacheBytes {
				t.Errorf("cache holds %d bytes, budget %d", c.bytes, maxCacheBytes)
			}
			n := 0
			for _, e := range c.entries {
				n += e.size
			}
			if n != c.bytes {
				t.Errorf("cache counts %d bytes, holds %d", c.bytes, n)
			}
			for _, k := range tt.present {
				if _, ok := c.get(k, last); !ok {
					t.Errorf("%s evicted", k)
				}
			}
			for _, k := range tt.absent {
				if _, ok := c.entries[k]; ok {
					t.Errorf("%s still cached", k)
				}
			}
			if _, ok := c.get(tt.puts[0].value.(string), last+1); ok {
				t.Error("a result served for another database state")
			}
		})
	}
}
