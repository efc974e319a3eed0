package extractor

import "github.com/pledgewatch/pledgewatch/internal/news"

// Decisions on a country's troops that give no size of a unit: troops
// ordered to a place (pledged), troops held on standby or alert
// (considering), and a country ending its own troop presence (declined).

// ruleTroopsOrdered names a frame on troops ordered to a place.
const ruleTroopsOrdered = "troops.ordered"

// orderedFrame matches troops ordered to a place: "Biden ordered 3,000
// more troops to Poland", "the Pentagon has ordered 3,000 troops to
// Europe"; "ordered its troops home" is a withdrawal (declined). "Order" alone is no verb of sending ("ordered 30 tanks" is a
// purchase): it needs troops and "to" or "into" after them. The subject
// commits them; an order is a decision (pledged), not the arrival.
func (a *analysis) orderedFrame(q *quantity, s span) (frame, bool) {
	if q.kind != news.KindTroops || q.end >= s.end || a.lw(q.end) != "to" && a.lw(q.end) != "into" && a.lw(q.end) != "home" && a.lw(q.end) != "in" {
		return frame{}, false
	}
	k := q.start - 1
	for k > s.start && (a.lw(k) == "a" || a.lw(k) == "an" || a.lw(k) == "further" || a.lw(k) == "another" || a.lw(k) == "additional" || a.lw(k) == "more" || a.has(k, cQualifier) ||
		a.lw(q.end) == "home" && (a.lw(k) == "its" || a.lw(k) == "their" || a.lw(k) == "all")) {
		k--
	}
	if k < s.start {
		return frame{}, false
	}
	if a.lw(q.end) == "in" {
		// "will field 1,000 officers in Haiti": a force put in the field
		switch a.lw(k) {
		case "field", "fields", "fielded", "fielding":
			// only in a country: "fielded 50,000 troops in the battle" is war
			n := a.actorEndingAt(q.end+1, s)
			if n < 0 || a.actors[n].start != q.end+1 || len(a.actors[n].code) != 2 || a.actors[n].cls == cDemonym {
				return frame{}, false
			}
		default:
			return frame{}, false
		}
	}
	switch a.lw(k) {
	case "order", "orders", "ordered", "ordering", "field", "fields", "fielded", "fielding":
	// verbs that send only with troops and a destination: "will move
	// 1,000 troops to Haiti", "post", "assign", "shift"; a move to its
	// own border or front is no commitment
	case "move", "moves", "moved", "moving", "shift", "shifts", "shifted", "shifting",
		"post", "posts", "posted", "posting", "assign", "assigns", "assigned", "assigning":
		if a.lw(q.end) == "home" || a.ownFront(q.end+1, s) {
			return frame{}, false
		}
	default:
		return frame{}, false
	}
	var st news.Status
	if a.lw(q.end) == "home" {
		st = news.StatusDeclined // "ordered its 2,400 soldiers home": a withdrawal
	}
	return a.verbSubjectFrame(k, q, s, verbSubject{name: ruleTroopsOrdered, forced: st})
}

// ruleTroopsEnd names a frame on a country ending its own troop presence.
const ruleTroopsEnd = "troops.end-presence"

// endPresenceFrame matches a country that ends its own troops' presence
// or mission: "Belgium will end its military presence in Mali", "Sweden
// ended its troop deployment", "the country is ending its contribution of
// 200 soldiers". Only the subject's own troops ("its", "their") count;
// the line is declined.
func (a *analysis) endPresenceFrame(q *quantity, s span) (frame, bool) {
	if q.kind != news.KindTroops {
		return frame{}, false
	}
	k := q.start - 1
	own := false
	for k > s.start && q.start-k <= 4 {
		w := a.lw(k)
		if w == "its" || w == "their" {
			own = true
		} else if !(w == "entire" || w == "whole" || w == "remaining" || w == "contribution" || w == "of" || a.has(k, cQualifier)) {
			break
		}
		k--
	}
	if !own || k < s.start {
		return frame{}, false
	}
	switch a.lw(k) {
	case "end", "ends", "ended", "ending", "terminate", "terminates", "terminated", "terminating", "wind", "winds", "wound":
	default:
		return frame{}, false
	}
	return a.verbSubjectFrame(k, q, s, verbSubject{name: ruleTroopsEnd, active: true, forced: news.StatusDeclined})
}

// ruleTroopsStandby names a frame on troops held ready.
const ruleTroopsStandby = "troops.standby"

// standbyFrame matches troops a country holds ready, a readiness that is
// no decision yet (considering): "Poland has put 1,000 soldiers on
// standby for the mission", "placed 500 troops on high alert", "has
// 1,000 soldiers ready to deploy", "keeps 300 troops on standby". The
// subject of the verb before the troops holds them.
func (a *analysis) standbyFrame(q *quantity, s span) (frame, bool) {
	if q.kind != news.KindTroops || q.num == nil || q.end >= s.end {
		return frame{}, false
	}
	ready := false
	// "1,000 British personnel are at readiness if needed": troops that
	// name their country and are held ready, with no verb before them
	if f, ok := a.readyOwnersFrame(q, s); ok {
		return f, true
	}
	switch a.lw(q.end) {
	case "at":
		ready = a.readinessEnd(q.end, s) > 0
	case "on":
		j := q.end + 1
		if j < s.end && a.lw(j) == "high" {
			j++
		}
		// a purpose must follow ("on standby for the mission", "to
		// deploy"): an army on alert at home commits nothing
		ready = j+1 < s.end && (a.lw(j) == "standby" || a.lw(j) == "stand-by" || a.lw(j) == "alert") &&
			(a.lw(j+1) == "for" || a.lw(j+1) == "to")
	case "ready":
		ready = q.end+1 < s.end && (a.lw(q.end+1) == "to" || a.lw(q.end+1) == "for")
	}
	if !ready {
		return frame{}, false
	}
	k := q.start - 1
	for k > s.start && (a.lw(k) == "a" || a.lw(k) == "an" || a.lw(k) == "further" || a.lw(k) == "another" || a.lw(k) == "additional" || a.has(k, cQualifier)) {
		k--
	}
	if k < s.start {
		return frame{}, false
	}
	switch a.lw(k) {
	case "put", "puts", "putting", "place", "places", "placed", "placing", "has", "have", "had", "keep", "keeps", "kept", "keeping":
	default:
		return frame{}, false
	}
	return a.verbSubjectFrame(k, q, s, verbSubject{name: ruleTroopsStandby, active: true, after: 2, forced: news.StatusConsidering})
}
