package extractor

import (
	"slices"
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// Goods valued by money: an uncounted equipment line whose goods are
// valued by a money line of the same actor right after them ("has donated
// military equipment worth SEK 17 billion") stays for review
// (reviewValuedGoods), read from the short valuation between the two
// (valuedBy) and the end of the item in its evidence (itemEnd).

// reviewValuedGoods marks an uncounted equipment line whose goods are
// valued by a money line of the same actor right after them: in "has
// donated military equipment worth SEK 17 billion", "offered relief goods
// valued at $5 million" the value is the commitment (see the conventions:
// the value of a donation is a money line). Only "worth" or "valued at"
// and at most a short phrase ("from its own stocks") may lie between.
// The goods line stays with ruleReviewValuedGoods (a review-level
// confidence, see capReview): on unseen news about half of such goods
// are lines of their own.
func reviewValuedGoods(text string, cs []news.Commitment) {
	uncounted := func(c news.Commitment) bool { return c.Kind == news.KindEquipment && c.Count == nil }
	if !slices.ContainsFunc(cs, uncounted) {
		return // nothing to mark
	}
	// where the values of each actor's money start, by sentence
	type actorStart struct {
		actor string
		start int
	}
	values := map[actorStart][]int{}
	for _, o := range cs {
		if o.Kind == news.KindMoney && o.ValueSpan != nil {
			k := actorStart{o.Actor, o.Start}
			values[k] = append(values[k], o.ValueSpan[0])
		}
	}
	for i, c := range cs {
		end := itemEnd(text, c)
		if uncounted(c) && end >= 0 && slices.ContainsFunc(values[actorStart{c.Actor, c.Start}], func(v int) bool {
			return valuedBy(text, end, v)
		}) {
			markReview(&cs[i], ruleReviewValuedGoods)
		}
	}
}

// valuedBy reports whether the text between byte offsets from and to is a
// short valuation: it ends with "worth" or "valued at" (an optional "about",
// "around", "some", "close to", "nearly", "more than" after it) and holds
// no more than 60 bytes, no sentence or clause break.
func valuedBy(text string, from, to int) bool {
	if from < 0 || to > len(text) || to <= from || to-from > 60 {
		return false
	}
	gap := strings.ToLower(text[from:to])
	if strings.ContainsAny(gap, ".;:") {
		return false
	}
	fields := strings.Fields(gap)
	for len(fields) > 0 {
		last := fields[len(fields)-1]
		if last == "about" || last == "around" || last == "some" || last == "nearly" || last == "almost" ||
			last == "approximately" || last == "roughly" || last == "than" || last == "more" || last == "over" ||
			last == "to" || last == "close" || last == "up" {
			fields = fields[:len(fields)-1]
			continue
		}
		break
	}
	if len(fields) == 0 {
		return false
	}
	last := fields[len(fields)-1]
	return last == "worth" || last == "at" && len(fields) > 1 && fields[len(fields)-2] == "valued"
}

// itemEnd returns the byte offset where the item of c ends in its
// evidence (its first occurrence), or -1.
func itemEnd(text string, c news.Commitment) int {
	if c.Item == "" || c.Start < 0 || c.End > len(text) || c.Start >= c.End {
		return -1
	}
	k := strings.Index(text[c.Start:c.End], c.Item)
	if k < 0 {
		return -1
	}
	return c.Start + k + len(c.Item)
}
