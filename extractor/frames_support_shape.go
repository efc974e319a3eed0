package extractor

// Guards that make a support line take the shape of a commitment: a giver
// that acts now or will act, not the purpose of a thing that was made, a
// command that ended, or what a third party claims.

import (
	"slices"
	"strings"
)

// purposeParticiple reports whether the trigger at token t follows "to"
// after a participle of making or aiming: "an instrument created to
// provide support", "a fund set up to provide training", "a force tasked
// to protect civilians". What follows is the purpose of a thing, and the
// actor before it only names that thing.
func (a *analysis) purposeParticiple(t int, s span) bool {
	if t-2 < s.start || a.lw(t-1) != "to" {
		return false
	}
	// "an initiative to maintain security through peacekeeping", "a
	// mission to protect shipping": the purpose of the operation
	if a.has(t-2, cOperationNoun) {
		return true
	}
	switch a.lw(t - 2) {
	case "created", "designed", "established", "intended", "meant", "aimed", "launched", "founded",
		"formed", "built", "tasked", "mandated", "used", "aims", "aim", "seeks", "works", "work":
		return true
	case "up":
		return t-3 >= s.start && a.lw(t-3) == "set"
	}
	return false
}

// pastLead reports whether the trigger t is a past lead or command ("led",
// "commanded", "headed") in a sentence that dates it or says it ended:
// "In 2015, Canada led a training mission", "France commanded the
// operation until last year". A past command is history, not a
// commitment.
func (a *analysis) pastLead(t match, s span) bool {
	switch a.lw(t.start) {
	case "led", "commanded", "headed":
	default:
		return false
	}
	if t.start > s.start && a.has(t.start-1, cPerfectAux, cPassiveAux) {
		return false // "has led", "is led": the perfect or the passive says it goes on
	}
	return a.history(t, s)
}

// claimAfter reports whether a verb of claiming or alleging follows the
// anchor at token k in sentence s: "China has supplied intelligence to
// Russia, US officials claim", "… had provided training, it was alleged".
// The line is a third party's claim.
func (a *analysis) claimAfter(k int, s span) bool {
	for j := k + 1; j < s.end; j++ {
		switch a.lw(j) {
		case "claim", "claims", "claimed", "alleged", "allege", "alleges", "allegedly":
			return true
		}
	}
	return false
}

// objectBetween reports whether the tokens from k up to "to" at to open
// with a determiner, so that a noun phrase object stands between a verb
// of giving and "to": "send a small navy unit to help", "deployed its
// ships to protect". The clause after "to" is the purpose of the object.
func (a *analysis) objectBetween(k, to int) bool {
	if k >= to {
		return false
	}
	switch a.lw(k) {
	case "a", "an", "the", "its", "their", "his", "her", "our", "some", "several", "another":
		return true
	}
	return false
}

// ownForcesSubject reports whether the actor am owns the subject of the
// verb at token v, and that subject is its armed forces: "Ukraine's army
// will train …", "Poland's armed forces train …". Forces of a country
// train their own soldiers; help to another names the trainees' country.
func (a *analysis) ownForcesSubject(am actorMention, v int) bool {
	// (the mention may hold the forces: "Ukraine's army" is one mention)
	j := am.start + 1
	for ; j < v; j++ {
		if after, ok := a.isPossessive(j, v); ok {
			j = after
			break
		}
	}
	for ; j < v; j++ {
		switch a.lw(j) {
		case "army", "military", "armed", "forces", "navy", "air", "force", "defence", "defense", "troops":
			return true
		}
	}
	return false
}

// withoutSources drops the actors named as the source of a report in
// sentence s: those inside "according to …," (up to the comma). It
// returns actors itself when none is a source.
func (a *analysis) withoutSources(actors []actorMention, s span) []actorMention {
	source := func(am actorMention) bool {
		for j := am.start - 1; j > s.start && j >= am.start-6; j-- {
			if a.tx(j) == "," || a.toks[j].kind == tPunct {
				return false
			}
			if a.lw(j) == "to" && a.lw(j-1) == "according" {
				return true
			}
		}
		return false
	}
	if !slices.ContainsFunc(actors, source) {
		return actors
	}
	var out []actorMention
	for _, am := range actors {
		if !source(am) {
			out = append(out, am)
		}
	}
	return out
}

// teamOfPeople reports whether the troops q of sentence s count the
// people of a team ("a professional team of 90 people", "a team of 12
// persons"): civilians sent to help, not soldiers.
func (a *analysis) teamOfPeople(q *quantity, s span) bool {
	team := false
	for j := max(s.start, q.start-2); j < q.end; j++ {
		if a.lw(j) == "team" && j+1 < s.end && a.lw(j+1) == "of" {
			team = true
		}
	}
	if !team {
		return false
	}
	last := a.lw(q.end - 1)
	if q.end < s.end && (a.lw(q.end) == "people" || a.lw(q.end) == "persons") {
		last = a.lw(q.end)
	}
	return last == "people" || last == "persons"
}

// escortsShipping reports whether the verb at token k is "escort" with
// ships, vessels, convoys or shipping in the four tokens after its end
// at e: "escort merchant ships", "escort aid convoys". Escorting a person
// ("escorted the president") is no help given.
func (a *analysis) escortsShipping(k, e int, s span) bool {
	if !strings.HasPrefix(a.lw(k), "escort") {
		return false
	}
	for j := e; j < s.end && j < e+4; j++ {
		switch a.lw(j) {
		case "ships", "ship", "vessels", "vessel", "convoys", "convoy", "shipping", "tankers", "freighters", "ferries", "boats":
			return true
		}
	}
	return false
}

// forEvent reports whether the support noun that ends at token k serves
// an event named right after it: "for", "of", "at" or "during", then
// within four tokens an exercise, a summit, talks or a meeting
// ("logistics for the NATO exercise", "security at the summit").
func (a *analysis) forEvent(k int, s span) bool {
	if k >= s.end {
		return false
	}
	switch a.lw(k) {
	case "for", "of", "at", "during":
	default:
		return false
	}
	for j := k + 1; j < s.end && j <= k+4; j++ {
		if a.toks[j].kind == tPunct {
			return false
		}
		switch w := a.lw(j); w {
		case "exercise", "exercises", "drills", "drill", "manoeuvres", "maneuvers", "games", "olympics", "election", "elections":
			return true
		default:
			if meetingNoun(w) {
				return true
			}
		}
	}
	return false
}

// participationOfTroops reports whether the support q is "participation"
// followed by "of" or "by" and, within three tokens, soldiers, troops,
// peacekeepers or forces: "any participation by its peacekeepers", "the
// participation of German soldiers". Taking part with soldiers is a troop
// commitment.
func (a *analysis) participationOfTroops(q *quantity, s span) bool {
	if a.lw(q.end-1) != "participation" || q.end >= s.end || a.lw(q.end) != "of" && a.lw(q.end) != "by" {
		return false
	}
	for j := q.end + 1; j < s.end && j <= q.end+3; j++ {
		switch a.lw(j) {
		case "soldiers", "troops", "peacekeepers", "forces", "servicemen", "personnel", "contingent", "contingents":
			return true
		}
	}
	return false
}

// helpWithOther reports whether the verb of help at token k has a country
// as its object and then "with" and a matter that names no help, goods,
// troops or operation within five tokens: "help Greece with its debt".
// ("help Ukraine with demining" names the help.)
func (a *analysis) helpWithOther(k int, s span) bool {
	if !helpOrAssist(a.lw(k)) {
		return false
	}
	j := k + 1
	if j < s.end && a.lw(j) == "the" {
		j++
	}
	n := a.actorAt[min(j, len(a.actorAt)-1)]
	if j >= s.end || n < 0 {
		return false
	}
	j = a.actors[n].end
	if j >= s.end || a.lw(j) != "with" {
		return false
	}
	for i := j + 1; i < s.end && i <= j+5; i++ {
		if a.toks[i].kind == tPunct {
			break
		}
		if a.has(i, cSupportNoun, cEquipNoun, cTroopNoun, cOperationNoun) {
			return false
		}
	}
	return true
}

// stanceOrDiplomacy reports whether the support verb at token k states a
// vote or a stance, or helps diplomacy: "back the mission at the Security
// Council", "support the mission in the vote", "help end the war", "help
// broker a deal", "help find a solution".
func (a *analysis) stanceOrDiplomacy(k int, s span) bool {
	if isHelp(a.lw(k)) && k+1 < s.end {
		switch a.lw(k + 1) {
		case "end", "stop", "resolve", "settle", "broker", "find", "mediate", "negotiate", "de-escalate", "calm", "defuse":
			return true
		}
	}
	if !stanceVerb(a.lw(k)) {
		return false
	}
	for j := k + 1; j < s.end && j <= k+8; j++ {
		switch a.lw(j) {
		case "council", "vote", "votes", "voting", "ballot", "referendum", "parliament", "assembly":
			return true
		}
	}
	return false
}

// newRecruits reports whether the trainees between tokens from and to are
// new ("30,000 new soldiers", "new recruits") with no "for" or "from"
// naming whose they are in sentence s after them: a country that trains
// new soldiers trains its own.
func (a *analysis) newRecruits(from, to int, s span) bool {
	isNew := false
	for j := from; j < to && j < s.end; j++ {
		if a.lw(j) == "new" || a.lw(j) == "newly" {
			isNew = true
		}
	}
	if !isNew {
		return false
	}
	for j := from; j < s.end && j < to+4; j++ {
		if a.lw(j) == "for" || a.lw(j) == "from" {
			return false
		}
	}
	return true
}
