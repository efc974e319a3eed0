package extractor

import (
	"github.com/pledgewatch/pledgewatch/internal/news"
)

// ruleEquipCompound: goods whose giver is named in a compound before them:
// "China-aided medical supplies", "US-donated vaccines".
const ruleEquipCompound = "frame.equipment-compound"

// compoundGiverFrame matches goods after a compound of a country and a
// participle of giving, glued by a hyphen: "China-aided medical supplies
// were loaded", "the Japan-donated ambulances", "US-supplied vaccines".
// Not the maker ("US-made", "German-built": the seller or producer, no
// gift) nor goods after a preposition that the compound only describes.
func (a *analysis) compoundGiverFrame(q *quantity, s span) (frame, bool) {
	if q.kind != news.KindEquipment {
		return frame{}, false
	}
	// "<Country> - <participle>" inside or right before the goods phrase
	// ("20 Japan-donated ambulances", "China-aided medical supplies")
	k, am := -1, actorMention{}
	for j := max(s.start, q.start-3); j+2 < q.end && k < 0; j++ {
		m, ok := a.longest(j, q.end, cCountry, cDemonym) // "Japan-donated", "German-funded"
		if !ok || len(m.value) != 2 || m.end+1 >= q.end || a.tx(m.end) != "-" || !a.toks[m.end].glued || !a.toks[m.end+1].glued {
			continue
		}
		switch a.lw(m.end + 1) {
		case "aided", "donated", "supplied", "provided", "gifted", "funded", "financed", "sponsored", "sent", "delivered":
			k = m.end + 1
			am = actorMention{span: span{m.start, m.end}, code: m.value, cls: cCountry, sent: q.sent}
		}
	}
	if k < 0 {
		return frame{}, false
	}
	for j := s.start; j < s.end; j++ {
		switch a.lw(j) {
		case "destroyed", "destroy", "destroys", "hit", "struck", "downed", "shot":
			return frame{}, false // "Russia destroyed US-supplied howitzers"
		}
		if notGivenFrom(a.lw(j)) || a.has(j, cCasualty) {
			return frame{}, false
		}
	}
	f := frame{actors: []actorMention{am}, anchor: span{k, k + 1}, rule: ruleEquipCompound, conf: 0.65,
		window: span{am.start, min(s.end, q.end+8)}}
	if st, _ := a.status(&f); st != news.StatusDeclined && st != news.StatusConsidering && a.lw(k) != "aided" && a.lw(k) != "funded" {
		f.forced = news.StatusDelivered // "Japan-donated ambulances": handed over
	}
	return f, true
}
