package extractor

import "math"

// log1 is log(1+n), 0 for a negative n.
func log1(n int) float64 {
	if uint(n) < uint(len(log1Small)) {
		return log1Small[n]
	}
	return math.Log1p(float64(max(n, 0)))
}

// log1Small holds log1 of the small counts and distances most features
// take. Read only.
var log1Small = func() (t [256]float64) {
	for n := range t {
		t[n] = math.Log1p(float64(n))
	}
	return t
}()
