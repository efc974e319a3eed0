package extractor

import (
	"sort"
	"testing"
)

// logFailTally logs the failures of a generated table by dimension value
// (fails maps a value such as "frame passive" to its failing rows), most
// failing first, so the value behind a group of failures shows at once.
func logFailTally(t *testing.T, fails map[string]int) {
	t.Helper()
	keys := make([]string, 0, len(fails))
	for k := range fails {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		return fails[keys[i]] > fails[keys[j]] || fails[keys[i]] == fails[keys[j]] && keys[i] < keys[j]
	})
	for _, k := range keys {
		t.Logf("%4d %s", fails[k], k)
	}
}
