package extractor

import (
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// Equipment committed in an object relative clause whose subject is a
// named actor: "the Leopard tanks that Germany recently promised to
// Ukraine" (objectRelativeFrame, rule frame.relative-equipment).

// ruleRelative names equipment committed in an object relative clause.
const ruleRelative = "frame.relative-equipment"

// objectRelativeFrame matches equipment followed by an object relative
// clause whose subject is a named actor and whose verb commits it: "the
// Leopard tanks that Germany recently promised to Ukraine", "the Gepard
// system that Berlin has already sent", "more advanced weapons that, until
// now, the administration has been unwilling to send". It holds even
// after a preposition ("ammunition for the Gepard system that Berlin has
// sent"): the clause names who gave it.
func (a *analysis) objectRelativeFrame(q *quantity) (frame, bool) {
	if q.kind != news.KindEquipment {
		return frame{}, false
	}
	s := a.sents[q.sent]
	k := q.end
	// "the ten Multi-Role Response Vessels (MRRVs) that Japan is
	// providing": a short name in brackets between
	if k+2 < s.end && a.tx(k) == "(" {
		j := k + 1
		for j < s.end && j < k+5 && a.tx(j) != ")" {
			j++
		}
		if j < s.end && a.tx(j) == ")" {
			k = j + 1
		}
	}
	// "The 14 tanks, which Germany pledged last month, arrived": a
	// non-restrictive clause between commas
	if k+1 < s.end && a.tx(k) == "," && a.lw(k+1) == "which" {
		k++
	}
	if k >= s.end || a.lw(k) != "that" && a.lw(k) != "which" {
		return frame{}, false
	}
	k++
	// a parenthesis between commas: "that, until now, the …"
	if k < s.end && a.tx(k) == "," {
		j := k + 1
		for j < s.end && j < k+6 && a.tx(j) != "," {
			j++
		}
		if j >= s.end || a.tx(j) != "," {
			return frame{}, false
		}
		k = j + 1
	}
	if k < s.end && a.lw(k) == "the" {
		k++
	}
	n := a.actorEndingAt(k, s)
	if n < 0 || a.actors[n].start > k || len(a.actors[n].code) != 2 && a.actors[n].code != "EU" && a.actors[n].code != "NATO" {
		return frame{}, false
	}
	am := a.actors[n]
	j := am.end
	for j < s.end && j < am.end+5 && (a.has(j, cPerfectAux, cPassiveAux, cSubjectFollower, cIrrealis, cDeclined, cConsidering) ||
		strings.HasSuffix(a.lw(j), "ly") || a.lw(j) == "to" || a.lw(j) == "unwilling" || a.lw(j) == "reluctant") {
		j++
	}
	t, ok := a.longest(j, s.end, cTrigger, cDeliveryPast)
	if !ok || j == am.end && a.toks[j].kind != tWord {
		return frame{}, false
	}
	am.subject = true
	f := frame{actors: []actorMention{am}, anchor: span{t.start, t.end}, rule: ruleRelative,
		window: span{am.start, t.end}, conf: 0.7}
	// "… that Germany promised have arrived": the main verb after the
	// clause says the goods came
	for j := t.end; j < s.end; j++ {
		if w := a.lw(j); (w == "arrived" || w == "landed") && !a.notBefore(j, s) {
			f.forced = news.StatusDelivered
			break
		}
	}
	return f, true
}
