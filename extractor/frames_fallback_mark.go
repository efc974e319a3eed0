package extractor

import (
	"slices"
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// The fallback lines through the drop steps (frames_fallback.go).

// fallbackMark prefixes the actor of a fallback line through the drop
// steps: they see it as another actor's, so they merge fallback lines
// among themselves but neither drop nor replace another line for one.
const fallbackMark = "fallback:"

// markFallback marks the actors of the fallback lines cs.
func markFallback(cs []news.Commitment) {
	for i := range cs {
		cs[i].Actor = fallbackMark + cs[i].Actor
	}
}

// unmarkFallback restores the actors of the marked lines of cs (with
// their order tokens), and drops each that restates a line of its actor
// and kind (restates). cs and order are compacted in place.
func unmarkFallback(cs []news.Commitment, order []int) ([]news.Commitment, []int) {
	marked := func(c news.Commitment) bool { return strings.HasPrefix(c.Actor, fallbackMark) }
	if !slices.ContainsFunc(cs, marked) {
		return cs, order
	}
	// decided before the compaction below overwrites lines: fallback lines
	// are few, so each is compared with the other lines directly
	restated := make([]bool, len(cs))
	unmarked := indexLines(cs, func(i int) bool { return !marked(cs[i]) }) // by restateKey
	for i := range cs {
		if marked(cs[i]) {
			c := cs[i]
			c.Actor = strings.TrimPrefix(c.Actor, fallbackMark)
			restated[i] = unmarked.any(cs, &c, func(o *news.Commitment) bool { return restates(&c, o) })
		}
	}
	for i := range cs {
		cs[i].Actor = strings.TrimPrefix(cs[i].Actor, fallbackMark)
	}
	kept, order := keepUnmarked(cs, order, func(i int) bool { return restated[i] })
	clear(cs[len(kept):])
	return kept, order
}

// restates reports whether line c says again what line o says: the same
// actor and kind, and money of the same amount and currency, goods that
// name the same materiel (sameItem), or another kind's same item.
func restates(c, o *news.Commitment) bool {
	if c.Actor != o.Actor || c.Kind != o.Kind {
		return false
	}
	switch c.Kind {
	case news.KindMoney:
		return c.Number() == o.Number() && c.Currency == o.Currency
	case news.KindEquipment:
		return sameItem(c.Item, o.Item)
	}
	return strings.EqualFold(c.Item, o.Item)
}
