package extractor

// The last stage of commitments (frames.go): the lines in text order,
// copied out of the scratch memory, with the model's confidence.

import "github.com/pledgewatch/pledgewatch/internal/news"

// result returns the settled lines (nil if none) in text order: by
// sentence, then by the position of what is committed. Their actor and
// value spans are copied from scratch memory to one block of their own,
// their confidence is the model's (confidence), and the relaxed checks
// and fallback frames start in review (capReview). The result shares no
// memory with b, which release may then give back.
func (b *lineBuilder) result() []news.Commitment {
	a := b.a
	if len(b.out) == 0 {
		return nil
	}
	var res []news.Commitment
	res, a.scratch.perm = inEvidenceOrder(b.out, b.order, a.scratch.perm)
	// the spans point into scratch memory: copy them to one block
	n := 0
	for _, c := range res {
		if c.ActorSpan != nil {
			n++
		}
		if c.ValueSpan != nil {
			n++
		}
	}
	spans := make([][2]int, 0, n)
	own := func(p **[2]int) {
		if *p != nil {
			spans = append(spans, **p)
			*p = &spans[len(spans)-1]
		}
	}
	for i := range res {
		own(&res[i].ActorSpan)
		own(&res[i].ValueSpan)
	}
	b.e.confidence(a, res)
	capReview(res) // relaxed checks and fallback frames start in review
	return res
}
