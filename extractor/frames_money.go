package extractor

import (
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// Rule ids of the money frames.
const (
	ruleFrom  = "frame.money-from"
	ruleJoint = "frame.money-joint"
)

// fromFrame matches money followed by its source: "$150 million from
// Saudi Arabia", "$200m each from Kuwait and the UAE", "received $300mn
// from the US". The countries after "from" gave the money; a possessive
// ("from Ukraine's budget") names an owner, not a donor.
func (a *analysis) fromFrame(q quantity, s span) (frame, bool) {
	if q.kind != news.KindMoney || q.num == nil {
		return frame{}, false
	}
	k := q.end
	if k < s.end && (a.lw(k) == "each" || a.lw(k) == "apiece") {
		k++
	}
	if k >= s.end || a.lw(k) != "from" {
		return frame{}, false
	}
	actors := a.listAt(k+1, s)
	if len(actors) == 0 {
		return frame{}, false
	}
	last := actors[len(actors)-1]
	if _, ok := a.isPossessive(last.end, s.end); ok {
		return frame{}, false
	}
	for _, am := range actors {
		if strings.HasPrefix(am.code, "group:") || am.cls == cGroup {
			return frame{}, false
		}
	}
	// the verb before the amount gives the status: "received … from"
	start := q.start
	if t, ok := a.triggerBefore(q.start, s, 6); ok {
		start = t.start
	} else if k := q.start - 1; k >= s.start && a.has(k, cDelivered) {
		start = k
	} else if k := q.start - 2; k >= s.start && a.has(k, cDelivered) {
		start = k
	}
	return frame{actors: actors, anchor: span{k, k + 1}, rule: ruleFrom, window: span{start, last.end}, conf: 0.75}, true
}

// jointMoney turns one amount committed by coordinated subjects ("France,
// Germany and the EU have pledged more than €2 billion", "Sweden, Norway
// and Denmark will jointly contribute $500 million") into one group
// commitment: the amount is the sum of their shares, not each one's. A
// distributive word ("each", "both", "apiece", "respectively") keeps one
// commitment per donor.
func (a *analysis) jointMoney(f frame, q quantity) frame {
	if q.kind != news.KindMoney || q.num == nil || len(f.actors) < 2 || f.rule != ruleActive && f.rule != ruleGapped {
		return f
	}
	first, last := f.actors[0], f.actors[len(f.actors)-1]
	if first.end > q.start {
		return f
	}
	s := a.sents[q.sent]
	for k := first.start; k < min(s.end, q.end+3); k++ {
		switch a.lw(k) {
		case "each", "both", "apiece", "respectively", "every", "per":
			return f
		}
	}
	g := f
	g.actors = []actorMention{{span: span{first.start, last.end}, cls: cGroup, sent: first.sent, subject: true,
		code: "group:" + a.text[a.toks[first.start].start:a.toks[last.end-1].end]}}
	g.rule = ruleJoint
	return g
}
