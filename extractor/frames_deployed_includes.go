package extractor

import "github.com/pledgewatch/pledgewatch/internal/news"

// A mission's or group's make-up naming ships and aircraft: "The task
// group includes HMS Duncan and the German frigate FGS Hessen", "the
// mission consists of HNLMS Tromp, FGS Hessen and ITS Fasan".

// rulePresenceIncludes names a ship or aircraft of a named country listed
// as a part of a mission or group (equipmentPresenceFrame).
const rulePresenceIncludes = "equipment.presence-includes"

// includedIn finds the verb of make-up before the goods q in sentence s
// ("includes", "comprises", "consists of", "is made up of", "will
// include"), within 20 tokens and with no clause break, semicolon or
// other verb of giving or presence between. It returns the verb's span
// and whether it is future ("will include").
func (a *analysis) includedIn(q *quantity, s span) (span, bool, bool) {
	budget := 20
	for k := q.start - 1; k >= s.start && budget > 0; k-- {
		// earlier goods of the same list, and a counted header before a
		// colon ("consists of six ships: Belgian …, Dutch …"), are passed
		// whole: their words are no verb of their own
		if o, ok := a.goodsEndingAt(q.sent, k); ok && (k+1 >= s.end || a.tx(k+1) != ":" || o.num != nil) {
			k = o.start
			continue
		}
		if a.tx(k) == ":" && k-1 > s.start {
			if o, ok := a.goodsEndingAt(q.sent, k-1); ok && o.num != nil {
				continue
			}
		}
		budget--
		// "transported by the Kenyan Army plane": the agent of another verb
		if a.lw(k) == "by" {
			return span{}, false, false
		}
		if a.tx(k) == ";" || a.tx(k) == ":" || a.has(k, cClauseBreak, cTrigger, cEquipPresence, cDeliveryPast) {
			return span{}, false, false
		}
		v := span{k, k + 1}
		switch a.lw(k) {
		case "include", "includes", "included", "comprise", "comprises", "comprised":
		case "upon", "on":
			// "the operation can draw upon the French frigates …"
			if k-1 < s.start || a.lw(k-1) != "draw" && a.lw(k-1) != "draws" && a.lw(k-1) != "drew" {
				continue
			}
			v = span{k - 1, k + 1}
		case "of":
			if k-1 < s.start {
				return span{}, false, false
			}
			switch a.lw(k - 1) {
			case "consists", "consist", "consisted", "composed":
				v = span{k - 1, k + 1}
			case "up":
				if k-2 < s.start || a.lw(k-2) != "made" {
					continue
				}
				v = span{k - 2, k + 1}
			default:
				continue
			}
		default:
			continue
		}
		future := v.start-1 >= s.start && a.lw(v.start-1) == "will" ||
			v.start-2 >= s.start && a.lw(v.start-2) == "will" && a.has(v.start-1, cPassiveAux)
		return v, future, true
	}
	return span{}, false, false
}

// goodsEndingAt returns the equipment quantity of sentence si whose last
// token is k, if any.
func (a *analysis) goodsEndingAt(si, k int) (quantity, bool) {
	for _, o := range a.quantsOf(si) {
		if o.kind == news.KindEquipment && o.end == k+1 && o.start <= k {
			return o, true
		}
	}
	return quantity{}, false
}

// serviceWords are the armed services a ship or aircraft is named by
// after its country: "the Hellenic Navy frigate", "a German Air Force
// transport plane".
var serviceWords = map[string]bool{"navy": true, "naval": true, "force": true, "forces": true, "coast": true, "guard": true, "air": true, "army": true}

// serviceStart returns the first token of the country and service words
// right before token k ("Hellenic Navy" before "frigate", "German Air
// Force" before "plane"), or k when there are none.
func (a *analysis) serviceStart(k int, s span) int {
	j := k
	for j-1 > s.start && j > k-3 && serviceWords[a.lw(j-1)] && a.upper(j-1) {
		j--
	}
	if j == k || a.actorAt[j-1] < 0 && a.cls[j-1]&(1<<cDemonym) == 0 {
		return k
	}
	for j-1 >= s.start && (a.actorAt[j-1] >= 0 || a.cls[j-1]&(1<<cDemonym) != 0) {
		j--
	}
	return j
}

// serviceOwnerBefore returns the country of the armed service named right
// before the goods at token k: "the Hellenic Navy frigate Hydra" is
// Greece's, "a Royal Navy destroyer" names no country.
func (a *analysis) serviceOwnerBefore(k int, s span, si int) (actorMention, bool) {
	j := a.serviceStart(k, s)
	if j == k {
		return actorMention{}, false
	}
	// "transported by the Kenyan Army plane": the agent of another verb
	// (but "joined by the Hellenic Navy frigate")
	b := j - 1
	if b > s.start && a.lw(b) == "the" {
		b--
	}
	if b > s.start && a.lw(b) == "by" && !a.has(b-1, cJoinVerb) {
		return actorMention{}, false
	}
	for _, m := range a.ann[j] {
		if (m.class == cDemonym || m.class == cCountry) && len(m.value) == 2 && m.value != "EU" && m.end < k {
			return actorMention{span: span{m.start, m.end}, code: m.value, cls: m.class, sent: si}, true
		}
	}
	return actorMention{}, false
}

// drillAfter reports whether the object of a verb of presence that ends
// before token k is a drill within six tokens, before any mission noun:
// "joined the annual exercise", "are part of the drills".
func (a *analysis) drillAfter(k int, s span) bool {
	for j := k; j < s.end && j < k+6; j++ {
		if a.has(j, cOperationNoun) {
			return false
		}
		if drillWord(a.lw(j)) {
			return true
		}
	}
	return false
}

// portVisit reports whether sentence s tells a ship's visit to a port
// ("for a port call", "a goodwill visit", "visiting the port of"), not a
// deployment to a mission.
func (a *analysis) portVisit(s span) bool {
	for k := s.start; k+1 < s.end; k++ {
		switch a.lw(k) {
		case "port":
			switch a.lw(k + 1) {
			case "call", "calls", "visit", "visits":
				return true
			}
		case "goodwill", "courtesy":
			if a.lw(k+1) == "visit" || a.lw(k+1) == "call" {
				return true
			}
		case "visiting", "visited", "visits":
			if a.lw(k+1) == "the" && k+2 < s.end && a.lw(k+2) == "port" {
				return true
			}
		}
	}
	return false
}

// pastCoordinatedGoods returns the token after up to three equipment
// phrases coordinated after q from token k on ("and two Czech Gripens",
// ", HMS Meteor"), so that the verb they share is read for q too; k when
// none follows.
func (a *analysis) pastCoordinatedGoods(k int, q *quantity, s span) int {
	k = a.pastApposedNames(k, s)
	for n := 0; n < 3 && k < s.end; n++ {
		j := k
		if a.tx(j) == "," {
			j++
		}
		if j < s.end && a.lw(j) == "and" {
			j++
		}
		if j == k || j >= s.end {
			return k
		}
		// "…, the French frigate Provence and the German frigate …"
		if j+1 < s.end && (a.lw(j) == "the" || a.lw(j) == "a" || a.lw(j) == "an") {
			j++
		}
		next := -1
		for _, o := range a.quantsOf(q.sent) {
			if o.start == j && o.kind == q.kind && o.sent == q.sent {
				next = o.end
				break
			}
		}
		if next < 0 {
			return k
		}
		k = a.pastShipName(next, s)
	}
	return k
}

// pastShipName returns the token after a ship's or aircraft's name that
// follows its noun at token k ("frigate Provence", "frigate “Hydra”"):
// capitalised words of no actor and quotes, at most four; k when there
// are none.
func (a *analysis) pastShipName(k int, s span) int {
	for n := 0; k < s.end && n < 4; n++ {
		t := a.tx(k)
		if t != "“" && t != "”" && t != "\"" && (a.toks[k].kind != tWord || !a.upper(k) || a.actorAt[k] >= 0 || a.has(k, cSubjectFollower)) {
			break
		}
		k++
	}
	return k
}

// pastApposedNames returns the comma that closes names in apposition
// after the goods, from the comma at token k ("two frigates, HNLMS Tromp
// and HNLMS Evertsen, joined"): names claimed by no actor or quantity
// (apposedNames) and "and" between two commas; k when there are none.
func (a *analysis) pastApposedNames(k int, s span) int {
	if k >= s.end || a.tx(k) != "," {
		return k
	}
	j := k + 1
	for j < s.end && (a.claimed[j] && a.actorAt[j] < 0 && a.toks[j].kind == tWord || a.lw(j) == "and") {
		j++
	}
	if j > k+1 && j < s.end && a.tx(j) == "," {
		return j
	}
	return k
}
