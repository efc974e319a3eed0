package store

import "sync"

// maxCacheBytes bounds the memory a Store's result cache holds; a result
// larger than a quarter of it is not cached.
const maxCacheBytes = 64 << 20

// ledgerCache keeps recent results (computed ledgers, totals) by query,
// each valid for the database state it was computed on (bbolt's
// transaction id changes with every committed write), within a budget of
// maxCacheBytes. Results are shared, never copied: callers must not modify
// them.
type ledgerCache struct {
	mu      sync.Mutex
	entries map[string]cachedResult
	bytes   int
}

type cachedResult struct {
	txid  int
	value any
	size  int
}

func (c *ledgerCache) get(key string, txid int) (any, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.entries[key]; ok && e.txid == txid {
		return e.value, true
	}
	return nil, false
}

// put caches value, of about size bytes, evicting results of older states
// first and then arbitrary ones until it fits.
func (c *ledgerCache) put(key string, txid int, value any, size int) {
	if size > maxCacheBytes/4 {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.entries == nil {
		c.entries = map[string]cachedResult{}
	}
	if old, ok := c.entries[key]; ok {
		c.bytes -= old.size
		delete(c.entries, key)
	}
	for k, e := range c.entries {
		if c.bytes+size <= maxCacheBytes {
			break
		}
		if e.txid != txid {
			c.bytes -= e.size
			delete(c.entries, k)
		}
	}
	for k, e := range c.entries {
		if c.bytes+size <= maxCacheBytes {
			break
		}
		c.bytes -= e.size
		delete(c.entries, k)
	}
	c.entries[key] = cachedResult{txid: txid, value: value, size: size}
	c.bytes += size
}

// reset empties the cache.
func (c *ledgerCache) reset() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.entries, c.bytes = nil, 0
}
