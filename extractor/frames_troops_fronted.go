package extractor

import (
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// ruleTroopsAfterSending names a frame on troops sent in a fronted clause.
const ruleTroopsAfterSending = "troops.after-sending"

// afterSendingFrame matches troops sent in a fronted participle clause
// whose subject is the country after the comma: "After sending 300
// soldiers in May, Kenya will send 150 more", "Having deployed 200
// troops last year, Chad …". The troops are sent (delivered); the main
// clause gives its own line.
func (a *analysis) afterSendingFrame(q *quantity, s span) (frame, bool) {
	if q.kind != news.KindTroops || q.num == nil {
		return frame{}, false
	}
	t := a.beforeApprox(q, s)
	if t <= s.start || !a.has(t, cTrigger, cDeliveryPast) {
		return frame{}, false
	}
	w := a.lw(t)
	switch {
	case strings.HasSuffix(w, "ing") && a.lw(t-1) == "after":
	case a.lw(t-1) == "having":
	default:
		return frame{}, false
	}
	if t-1 > s.start+1 && !(t-2 == s.start+1 && a.lw(s.start+1) == "after") {
		return frame{}, false // the clause opens the sentence
	}
	c := q.end
	for c < s.end && c < q.end+8 && a.tx(c) != "," {
		if a.has(c, cClauseBreak) {
			return frame{}, false
		}
		c++
	}
	if c+1 >= s.end || a.tx(c) != "," {
		return frame{}, false
	}
	for _, am := range a.actorsNear(c+1, c+3) {
		if am.start != c+1 || len(am.code) != 2 || am.cls == cDemonym {
			continue
		}
		return frame{actors: []actorMention{am}, anchor: span{t, t + 1}, rule: ruleActive, name: ruleTroopsAfterSending,
			window: span{t, q.end}, conf: 0.7, forced: news.StatusDelivered}, true
	}
	return frame{}, false
}
