package extractor

import "github.com/pledgewatch/pledgewatch/internal/news"

// ruleDeliveryBy marks materiel after a noun of handing over whose giver
// follows "by": "the delivery of 40 tanks by Germany", "the transfer of
// 12 howitzers to Ukraine by Norway".
const ruleDeliveryBy = "frame.delivery-by"

// deliveryByFrame reads equipment q after "<noun of handing over> of"
// (deliveryNouns) when "by" and a country follow q, past an optional
// recipient ("to Ukraine"). The verb that governs the noun gives the
// status: a verb of confirming or completing ("confirmed", "completed",
// "welcomed") makes it delivered; otherwise the cues decide as usual.
func (a *analysis) deliveryByFrame(q *quantity, s span) (frame, bool) {
	if q.kind != news.KindEquipment || q.start-2 <= s.start || a.lw(q.start-1) != "of" || !deliveryNouns[a.lw(q.start-2)] {
		return frame{}, false
	}
	n := q.start - 2
	by := a.skipRecipientBeforeBy(q.end, s)
	if by >= s.end || a.lw(by) != "by" {
		return frame{}, false
	}
	actors := countriesOnly(a.listAt(by+1, s))
	if len(actors) == 0 {
		return frame{}, false
	}
	last := actors[len(actors)-1]
	f := frame{actors: actors, anchor: span{n, n + 1}, rule: ruleDeliveryNoun, name: ruleDeliveryBy,
		window: span{q.start, last.end}, conf: 0.65}
	v := n - 1
	if v > s.start && (a.lw(v) == "the" || a.lw(v) == "a") {
		v--
	}
	if v >= s.start {
		switch a.lw(v) {
		case "confirmed", "confirms", "completed", "completes", "welcomed", "welcomes", "marked", "marks", "finished", "celebrated", "hailed":
			f.forced = news.StatusDelivered
		}
	}
	return f, true
}
