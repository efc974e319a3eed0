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
)

// sentFromParticiple reports whether w is a participle of giving that may
// stand between goods and "from" the country that gives them.
func sentFromParticiple(w string) bool {
	switch w {
	case "sent", "shipped", "donated", "supplied", "provided", "delivered", "transferred", "flown", "airlifted",
		"gifted", "dispatched", "despatched", "pledged", "promised", "contributed", "handed", "lent", "loaned":
		return true
	}
	return false
}

// equipmentFromFrame matches equipment that comes "from" named countries
// where the general "from" frame finds no sentence about giving:
//   - a participle of giving between the goods and "from" ("the 14
//     tanks being sent from Britain", "doses donated from the United
//     States arrived"); "being sent" is pledged, "already sent" by its cues;
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
	k := q.end
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
	if !participle {
		k = q.end
		if q.num == nil || !a.missionNear(q.sent) {
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
		if am.cls == cGroup || am.person || len(am.code) != 2 && am.code != "EU" {
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
	for j := s.start; j < s.end; j++ {
		if notGivenFrom(a.lw(j)) || a.has(j, cCasualty) {
			return frame{}, false
		}
	}
	last := actors[len(actors)-1]
	f := frame{actors: actors, anchor: span{k, k + 1}, rule: ruleEquipSentFrom, conf: 0.7,
		window: span{q.start, min(s.end, last.end+4)}}
	if !participle {
		f.rule = ruleEquipMissionFrom
		f.conf = 0.6
	}
	st, _ := a.status(&f)
	switch {
	case st == news.StatusDeclined || st == news.StatusConsidering:
		f.forced = st
	case progressive:
		f.forced = news.StatusPledged // "being sent": on its way, not yet handed over
	case !participle:
		f.forced = news.StatusDelivered // in the force
	}
	return f, true
}
