package extractor

import (
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// ruleEquipCompound: goods whose giver is named in a compound before them:
// "China-aided medical supplies", "US-donated vaccines".
const ruleEquipCompound = "frame.equipment-compound"

// compoundGiverFrame matches goods after a compound of a country and a
// participle of giving, glued by a hyphen: "China-aided medical supplies
// were loaded", "the Japan-donated ambulances", "US-supplied vaccines".
// Also a demonym before the goods and a participle of giving right after
// them (demonymGivenBefore): "Swedish CV90 vehicles donated last year".
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
		k, am = a.demonymGivenBefore(q, s)
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

// demonymGivenBefore matches goods q named after a demonym of a country
// and followed by a past participle of giving that opens a reduced
// relative clause: "Swedish CV90 vehicles donated last year are in
// service", "the French howitzers supplied to Kyiv". It returns the
// participle's token and the country, or -1. Not after an auxiliary
// ("German tanks were donated by Poland": the passive frame reads it),
// not "Russian tanks destroyed" (no verb of giving), not goods after a
// preposition.
func (a *analysis) demonymGivenBefore(q *quantity, s span) (int, actorMention) {
	if q.prepped || q.end >= s.end {
		return -1, actorMention{}
	}
	switch a.lw(q.end) {
	case "donated", "supplied", "provided", "gifted", "delivered", "sent", "handed", "transferred", "shipped":
	default:
		return -1, actorMention{}
	}
	for j := max(s.start, q.start-2); j < q.end-1; j++ {
		m, ok := a.longest(j, q.end, cDemonym)
		if !ok || len(m.value) != 2 || m.end > q.end-1 {
			continue
		}
		// the demonym opens the goods phrase: the start of the clause, or
		// after "the", "a", a comma or a verb
		if j > s.start && a.toks[j-1].kind == tWord && a.lw(j-1) != "the" && a.lw(j-1) != "of" && !a.has(j-1, cTrigger, cDeliveryPast) {
			if w := a.lw(j - 1); w != "with" && w != "from" && w != "and" {
				return -1, actorMention{}
			}
		}
		return q.end, actorMention{span: span{m.start, m.end}, code: m.value, cls: cDemonym, sent: q.sent}
	}
	return -1, actorMention{}
}

// compoundGoodsAfter reads goods after a country mention that ends at
// token k and is glued by a hyphen to a participle of giving: the plural
// noun after the participle, even when the lexicon does not know it
// ("Sweden-donated units", "US-supplied sets"); compoundGiverFrame then
// gives it to that country. It returns the token after the noun, or k.
// Names of goods, troops or support are left to itemAt.
func (a *analysis) compoundGoodsAfter(si int, s span, k int) int {
	p, n := k+1, k+2
	if n >= s.end || a.tx(k) != "-" || !a.toks[k].glued || !a.toks[p].glued || a.toks[n].kind != tWord {
		return k
	}
	if m := len(a.actors); m == 0 || a.actors[m-1].end != k || len(a.actors[m-1].code) != 2 {
		return k
	}
	switch a.lw(p) {
	case "donated", "supplied", "provided", "gifted":
	default:
		return k
	}
	w := a.lw(n)
	// (not a gerund noun: "US-provided trainings", "briefings")
	if a.claimed[n] || !pluralNoun(w) || strings.HasSuffix(w, "ings") || a.upper(n) || peopleOrTime(w) || serviceNoun(w) || a.has(n, cEquipNoun, cTroopNoun, cSupportNoun) {
		return k
	}
	a.quants = append(a.quants, quantity{span: span{n, n + 1}, kind: news.KindEquipment, sent: si, item: a.text[a.toks[n].start:a.toks[n].end]})
	a.claim(n, n+1)
	return n + 1
}
