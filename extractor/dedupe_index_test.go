package extractor

import (
	"math"
	"testing"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// TestRestateKey checks that two lines one restates have one restateKey,
// so that unmarkFallback, which compares a line only with the lines of
// its key, finds every line it restates.
func TestRestateKey(t *testing.T) {
	n := func(v float64) *float64 { return &v }
	c := func(v int64) *int64 { return &v }
	var lines []news.Commitment
	for _, actor := range []string{"DE", "FR"} {
		for _, cur := range []string{"", "EUR", "USD"} {
			for _, amount := range []*float64{nil, n(5e6), n(5e6), n(0), n(math.Copysign(0, -1)), n(math.NaN())} {
				lines = append(lines, news.Commitment{Actor: actor, Kind: news.KindMoney, Currency: cur, Amount: amount})
			}
		}
		for _, item := range []string{"", "tanks", "Leopard tanks", "TANKS", "trucks", "air defence systems"} {
			for _, count := range []*int64{nil, c(5)} {
				lines = append(lines, news.Commitment{Actor: actor, Kind: news.KindEquipment, Item: item, Count: count})
				lines = append(lines, news.Commitment{Actor: actor, Kind: news.KindSupport, Item: item})
				lines = append(lines, news.Commitment{Actor: actor, Kind: news.KindTroops, Item: item, Troops: count})
			}
		}
	}
	pairs := 0
	for i := range lines {
		for j := range lines {
			x, y := &lines[i], &lines[j]
			if !restates(x, y) {
				continue
			}
			pairs++
			if restateKeyOf(x) != restateKeyOf(y) {
				t.Errorf("%+v restates %+v, but their keys differ: %+v, %+v", *x, *y, restateKeyOf(x), restateKeyOf(y))
			}
		}
	}
	if pairs < len(lines) {
		t.Fatalf("only %d pairs of %d lines restate one another", pairs, len(lines))
	}
}
