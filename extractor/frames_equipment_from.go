package extractor

import (
	"github.com/pledgewatch/pledgewatch/internal/news"
)

// Rule ids of goods that come "from" a country.
const (
	// ruleEquipSentFrom: goods with a participle of giving before "from":
	// "the 14 tanks being sent from Britain", "vaccines shipped from China".
	ruleEquipSentFrom = "frame.equipment-sent-from"
	// ruleEquipMissionFrom: counted ships or aircraft "from" countries in a
	// text about a mission: "the force has four frigates from Germany,
	// Italy and France" (one line each).
	ruleEquipMissionFrom = "frame.equipment-mission-from"
	// ruleEquipGiftFrom: goods named as a gift or aid "from" a country:
	// "received 150 vehicles as part of military aid from the US", "as a
	// gift from Japan".
	ruleEquipGiftFrom = "frame.equipment-gift-from"
)

// sentFromParticiple reports whether w is a participle of giving that may
// stand between goods and "from" the country that gives them.
func sentFromParticiple(w string) bool {
	switch w {
	case "sent", "shipped", "donated", "supplied", "provided", "delivered", "transferred", "flown", "airlifted",
		"gifted", "dispatched", "despatched", "pledged", "promised", "contributed", "handed", "lent", "loaned", "received",
		"arrived", "arriving", "arrive", "arrives":
		return true
	}
	return false
}

// equipmentFromFrame matches equipment that comes "from" named countries
// where the general "from" frame finds no sentence about giving:
//   - a participle of giving between the goods and "from" ("the 14
//     tanks being sent from Britain", "doses donated from the United
//     States arrived"); "being sent" is pledged, "already sent" by its cues;
//   - goods followed by a noun of giving and "from": "150 vehicles as
//     part of military aid from the United States", "as a gift from
//     Japan", "in aid from Canada";
//   - counted goods right before "from" in a text about a mission ("the
//     operation has four frigates from Germany, Italy, France and
//     Greece"), delivered unless hedged.
//
// Not: goods bought, imported, seized or asked for ("tanks bought from
// Poland", "requested 40 tanks from Germany"), casualties, a group or a
// person after "from", a possessive modifier ("from Germany's stocks").
func (a *analysis) equipmentFromFrame(q *quantity, s span) (frame, bool) {
	if q.kind != news.KindEquipment {
		return frame{}, false
	}
	k := a.coordinatedGoodsEnd(q, s)
	progressive, participle := false, false
	// "(that are) (being) sent from", "(which were) (already) shipped from"
	for n := 0; n < 4 && k < s.end; n++ {
		w := a.lw(k)
		if w == "being" {
			progressive = true
		}
		if w == "being" || w == "been" || w == "be" || w == "that" || w == "which" || w == "are" || w == "is" ||
			w == "was" || w == "were" || w == "have" || w == "has" || w == "already" || w == "recently" || w == "just" {
			k++
			continue
		}
		if sentFromParticiple(w) {
			participle = true
			k++
			if k < s.end && a.lw(k) == "over" { // "handed over from"
				k++
			}
		}
		break
	}
	gift := false
	if !participle {
		k = a.coordinatedGoodsEnd(q, s)
		if k > q.end && k < s.end && a.lw(k) == "from" && q.num != nil {
			gift = true // "20 ambulances and 10 generators from Japan": the last item's frame
			if !a.receivedGoods(q, s) && !a.givingSentence(s) {
				return frame{}, false
			}
		} else if g := a.giftFrom(k, s); g > k {
			k, gift = g, true // "150 vehicles as part of military aid from the US"
		} else if k > q.end && a.receivedGoods(q, s) {
			gift = true // "drones and helicopters from Turkey will arrive"
		} else if q.num == nil && k == q.end && k < s.end && a.lw(k) == "from" && q.start > s.start &&
			(a.lw(q.start-1) == "a" || a.lw(q.start-1) == "an" || a.lw(q.start-1) == "another" || a.lw(q.start) == "another") && a.givingSentence(s) {
			gift = true // "to provide another vessel from India": one item, given
		} else if q.num == nil || !a.missionNear(q.sent) {
			return frame{}, false
		}
	}
	if k+1 >= s.end || a.lw(k) != "from" {
		return frame{}, false
	}
	actors := a.listAt(k+1, s)
	if len(actors) == 0 {
		return frame{}, false
	}
	for _, am := range actors {
		if am.cls == cGroup || am.person && am.cls == cLeader || len(am.code) != 2 && am.code != "EU" {
			return frame{}, false
		}
	}
	if last := actors[len(actors)-1]; last.end < s.end {
		if _, own := a.isPossessive(last.end, s.end); own || a.has(last.end, cGroupNoun, cGroupAdj) {
			return frame{}, false // "from Germany's stocks", "from EU nations"
		}
	}
	if a.requestedFrom(q, s) {
		return frame{}, false
	}
	if a.spanHasCls(s, 1<<cCasualty) {
		return frame{}, false
	}
	for j := s.start; j < s.end; j++ {
		if notGivenFrom(a.lw(j)) {
			return frame{}, false
		}
	}
	last := actors[len(actors)-1]
	f := frame{actors: actors, anchor: span{k, k + 1}, rule: ruleEquipSentFrom, conf: 0.7,
		window: span{q.start, min(s.end, last.end+4)}}
	switch {
	case gift:
		f.rule = ruleEquipGiftFrom
		f.window.start = max(s.start, q.start-6) // "received 150 vehicles as …"
	case !participle:
		f.rule = ruleEquipMissionFrom
		f.conf = 0.6
	}
	st, _ := a.status(&f)
	switch {
	case st == news.StatusDeclined || st == news.StatusConsidering:
		f.forced = st
	case progressive:
		f.forced = news.StatusPledged // "being sent": on its way, not yet handed over
	case !participle && !gift:
		f.forced = news.StatusDelivered // in the force
	}
	return f, true
}

// giftFrom returns the index of "from" when the tokens from k name the
// goods before k as a gift or aid: "as a gift from", "as a donation
// from", "as part of (the) (military) aid from", "in aid from"; else k.
func (a *analysis) giftFrom(k int, s span) int {
	j := k
	if j < s.end && a.tx(j) == "," {
		j++
	}
	switch {
	case j+1 < s.end && a.lw(j) == "as" && a.lw(j+1) == "part" && j+2 < s.end && a.lw(j+2) == "of":
		j += 3
	case j < s.end && (a.lw(j) == "as" || a.lw(j) == "in"):
		j++
	default:
		return k
	}
	if j < s.end && (a.lw(j) == "a" || a.lw(j) == "an" || a.lw(j) == "the") {
		j++
	}
	noun := false
	for n := 0; n < 4 && j < s.end; n++ {
		switch a.lw(j) {
		case "gift", "gifts", "donation", "donations", "present", "aid", "assistance", "package", "grant", "grants":
			noun = true
			j++
			continue
		}
		if noun || a.toks[j].kind != tWord || a.has(j, cStop) {
			break
		}
		j++
	}
	if !noun || j >= s.end || a.lw(j) != "from" {
		return k
	}
	return j
}

// coordinatedGoodsEnd returns the end of the goods coordinated after q,
// uncounted after uncounted ("drones and helicopters from Turkey": the
// line of the first item, which the others share) or counted after
// counted ("20 ambulances and 10 generators from Japan": one line each),
// or q.end.
func (a *analysis) coordinatedGoodsEnd(q *quantity, s span) int {
	end := q.end
	for _, o := range a.quantsOf(q.sent) {
		if o.start < end || o.sent != q.sent {
			continue
		}
		// uncounted after uncounted; counted after counted ("20
		// ambulances and 10 generators from Japan")
		if o.kind != news.KindEquipment || (o.num == nil) != (q.num == nil) {
			break
		}
		j := end
		for j < o.start && (a.tx(j) == "," || a.lw(j) == "and" || a.lw(j) == "or") {
			j++
		}
		if j != o.start || j == end {
			break
		}
		end = o.end
	}
	return end
}

// givingSentence reports whether sentence s speaks of giving: a verb or
// noun of commitment or delivery, or a noun of aid.
func (a *analysis) givingSentence(s span) bool {
	if a.spanHasCls(s, 1<<cTrigger|1<<cDeliveryPast|1<<cTriggerNoun|1<<cMoneyNoun|1<<cReceive) {
		return true
	}
	for j := s.start; j < s.end; j++ {
		switch a.lw(j) {
		case "aid", "assistance", "donation", "donations", "gift", "includes", "include", "included", "comprises", "comprise":
			return true
		}
	}
	return false
}
