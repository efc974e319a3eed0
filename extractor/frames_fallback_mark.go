package extractor

import (
	"strconv"
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
// and kind: money of the same amount, or goods that name the same
// materiel (sameItem: the same head noun, two heads of one kind, a shared
// model name). cs and order are compacted in place.
func unmarkFallback(cs []news.Commitment, order []int) ([]news.Commitment, []int) {
	marked := false
	for _, c := range cs {
		marked = marked || strings.HasPrefix(c.Actor, fallbackMark)
	}
	if !marked {
		return cs, order
	}
	seen := map[said]bool{}
	for i := range cs {
		if !strings.HasPrefix(cs[i].Actor, fallbackMark) {
			saidKeys(&cs[i], func(k said) bool { seen[k] = true; return false })
		}
	}
	n := 0
	for i := range cs {
		c := cs[i]
		if strings.HasPrefix(c.Actor, fallbackMark) {
			c.Actor = strings.TrimPrefix(c.Actor, fallbackMark)
			if saidKeys(&c, func(k said) bool { return seen[k] }) {
				continue
			}
		}
		cs[n], order[n] = c, order[i]
		n++
	}
	clear(cs[n:])
	return cs[:n], order[:n]
}

// said is what a line says, for unmarkFallback: its actor and kind, and
// its amount and currency, an item's head noun or kind of materiel, or a
// model name of its item.
type said struct {
	actor string
	kind  news.Kind
	what  string
}

// saidKeys calls yield with each key of c (see said) until yield
// returns true, and reports whether one did.
func saidKeys(c *news.Commitment, yield func(said) bool) bool {
	k := said{actor: c.Actor, kind: c.Kind}
	if c.Kind == news.KindMoney {
		k.what = strconv.FormatFloat(c.Number(), 'g', -1, 64) + c.Currency
		return yield(k)
	}
	if c.Kind != news.KindEquipment {
		k.what = strings.ToLower(c.Item)
		return yield(k)
	}
	var buf [16]byte
	_, last := lastField(c.Item)
	if last != "" {
		head := itemStem(last, &buf)
		if kind := headKinds[head]; kind != "" {
			head = kind
		}
		k.what = "head:" + head
		if yield(k) {
			return true
		}
	}
	for w := range strings.FieldsSeq(c.Item) {
		if len(w) >= 3 && w[0] >= 'A' && w[0] <= 'Z' {
			k.what = "model:" + itemStem(w, &buf)
			if yield(k) {
				return true
			}
		}
	}
	return false
}
