package extractor

// ruleTroopsContingent names the branch of troopsInPlaceFrame that reads a
// sized contingent of a country with no place named.
const ruleTroopsContingent = "troops.contingent"

// deployedUnitSubject reports whether troops q ("the 200-member Chinese
// contingent", "Ireland's 340 peacekeepers") open their clause as its
// subject: only a determiner or a possessive owner before them in the
// sentence or after a comma, and a verb after them that is no verb of
// giving (a giver's verb names its own frame).
func (a *analysis) deployedUnitSubject(q *quantity, s span) bool {
	k := q.start - 1
	for k >= s.start && (a.lw(k) == "the" || a.lw(k) == "its" || a.lw(k) == "their" || a.has(k, cQualifier) || a.actorAt[k] >= 0 || a.tx(k) == "'s" || a.tx(k) == "’s" || a.tx(k) == "'" || a.tx(k) == "s") {
		k--
	}
	if k >= s.start && a.tx(k) != "," {
		return false
	}
	if q.end >= s.end || a.toks[q.end].kind != tWord || a.has(q.end, cTrigger, cDeliveryPast, cLocPrep) {
		return false
	}
	return true
}
