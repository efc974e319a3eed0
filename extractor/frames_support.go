package extractor

import (
	"sort"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// supportFrames finds commitments of kind support: a support noun in the
// object of a trigger ("has promised air support"), or "to" + a support
// verb after a trigger or cue ("pledge to protect Kyiv", "willingness to
// support the plan"). Every line needs a giver, a verb of giving or
// committing and a concrete kind of help: the guards drop stances,
// claims, calls on others, needs, topics, nouns that only modify another
// and the "to" + verb with no concrete object (see
// frames_support_guards.go, frames_support_stance.go and
// frames_support_objects.go).
//
// sendsTroops tells whether an actor commits troops in the sentence that
// starts at a byte offset: "Kenya, which pledged 1,000 officers when it
// agreed to lead the mission" needs no support line for the lead (its
// taking part is the troops; "pledged to defend" is a task of its own).
func (a *analysis) supportFrames(emit func(frame, quantity, string), skip []span, sendsTroops func(actor string, start int) bool) {
	emit = a.unlessHopedOrDenied(a.unlessQuestion(emit))
	toks := a.toks
	covered := map[int]bool{} // support-verb tokens already used
	consumed := a.mainSupportFrames(emit, covered)
	for _, q := range a.quants {
		if q.kind != news.KindSupport || consumed[q.start] {
			continue
		}
		// "announced the end of military cooperation": a support ended is declined
		ended := a.endOf(&q)
		// "Germany's offer of logistical support", "made a pledge of
		// training": the noun of commitment carries it
		if q.prepped && !ended && !spansCover(skip, a.sents[q.sent], q.span) {
			if f, ok := a.commitmentNounOf(&q, a.sents[q.sent]); ok {
				emit(f, q, q.item)
			}
			continue
		}
		if spansCover(skip, a.sents[q.sent], q.span) {
			continue
		}
		s := a.sents[q.sent]
		// "a military aid package": the noun modifies the package, which is
		// the commitment; "its intelligence contribution" is the support
		if q.end < s.end && a.has(q.end, cTriggerNoun) {
			// "are preparing a joint military aid package" with no amount or
			// goods in it or the next sentence: the package is the support
			pkg := a.lw(q.end) == "package" && a.packageWithoutContent(q.sent)
			contribution := (a.lw(q.end) == "contribution" || a.lw(q.end) == "contributions") && !a.moneyInSentence(q.sent)
			if !pkg && !contribution {
				continue
			}
			q.end++
			q.item = a.text[a.toks[q.start].start:a.toks[q.end-1].end]
		}
		// "humanitarian aid worth $10 million", "military aid, including 12
		// howitzers": the amount or the goods are the line, the aid noun
		// only names their kind
		if genericAid(q.item) && a.countedInSentence(q.sent) {
			continue
		}
		// "surveillance aircraft", "training drones": the noun names the materiel
		if q.end < s.end && a.has(q.end, cEquipNoun) {
			continue
		}
		// "the peacekeeping mission", "a peacekeeping force": the noun names the operation
		// ("peacekeeping troops": the troops are the line, the troop frames')
		if q.end < s.end && (a.has(q.end, cOperationNoun) || a.has(q.end, cTroopUnit) || a.has(q.end, cTroopNoun)) {
			continue
		}
		// "funding support to its defence industry": its own, no commitment to another
		// ("training of its own troops": its own too)
		if q.end+1 < s.end && (a.lw(q.end) == "to" || a.lw(q.end) == "for" || a.lw(q.end) == "of") && (a.lw(q.end+1) == "its" || a.lw(q.end+1) == "their") {
			continue
		}
		// "a training centre for its own recruits"
		if q.end+2 < s.end && (a.lw(q.end+1) == "for" || a.lw(q.end+1) == "of") && (a.lw(q.end+2) == "its" || a.lw(q.end+2) == "their") {
			continue
		}
		// "logistics for the NATO exercise", "protection for the summit":
		// the service of an event, no commitment to another country
		if a.forEvent(q.end, s) {
			continue
		}
		// "support for Ukraine's sovereignty", "support for the ceasefire
		// proposal": a stance, no help given
		if q.end < s.end && (a.lw(q.end) == "for" || a.lw(q.end) == "to") && a.politicalObject(q.end, s) {
			continue
		}
		// "gave its support to the plan", "threw their backing behind the
		// candidate": an idiom of approval
		if a.approvalIdiom(&q, s) {
			continue
		}
		// "had provided the most government support", "slightly more
		// military aid than": a ranking or a comparison, no commitment
		if a.comparison(&q, s) {
			continue
		}
		// "has not blocked this support": support named before, by another
		if a.lw(q.start) == "support" && q.end == q.start+1 && q.start > s.start &&
			(a.lw(q.start-1) == "this" || a.lw(q.start-1) == "that" || a.lw(q.start-1) == "such") {
			continue
		}
		// "a consignment of humanitarian aid": goods, counted as equipment
		// ("airdrops of humanitarian aid": the goods dropped, droppedGoods)
		if q.start-1 > s.start && a.containerOf(q.start-1, s) || a.droppedGoods(&q, s) {
			q.kind = news.KindEquipment
		}
		// "The package includes:" then "- satellite imagery services":
		// an item of a list of goods has the header's giver
		if q.listed {
			if f, ok := a.bulletFrame(&q, s); ok {
				emit(f, q, q.item)
			}
			continue
		}
		if f, ok := a.supportFrom(&q, s); ok {
			emit(f, q, q.item)
			continue
		}
		if f, ok := a.supportByAgent(&q, s); ok {
			emit(f, q, q.item)
			continue
		}
		if f, ok := a.missionTeam(&q, s); ok {
			emit(f, q, q.item) // "air detachments from Italy are contributing …"
			continue
		}
		if f, ok := a.toSupportFrame(q.start, s); ok {
			if a.stanceOrDiplomacy(f.anchor.end-1, s) {
				continue // "pledged to support the training mission in the vote"
			}
			f.conf -= 0.05
			emit(f, q, q.item)
			covered[f.anchor.end-1] = true
			continue
		}
		// (a gapped count of a long donor list may stand far from the verb)
		reach := 12
		if q.end == q.start+1 && a.toks[q.start].kind == tNum {
			reach = 40
		}
		t, ok := a.triggerBefore(q.start, s, reach)
		if !ok {
			// "Japan has completed the training of 100 deminers": done
			if f, ok := a.packageSupportFrame(&q, s); ok {
				emit(f, q, q.item) // "The package also includes training for pilots" (actor_carry.go)
			} else if f, ok := a.completedSupport(&q, s); ok {
				emit(f, q, q.item)
			} else if f, ok := a.teamArrived(&q, s); ok {
				emit(f, q, q.item) // "A team of Chinese medical experts arrived in …"
			}
			continue
		}
		if a.moneyOnlyAt(t.start) {
			continue // "will not pay its share of the peacekeeping budget": money, not support
		}
		// "an instrument created to provide support": the purpose of a
		// thing; "In 2015, Canada led a training mission": past history
		if a.purposeParticiple(t.start, s) || a.pastLead(t, s) {
			continue
		}
		// "hosted a conference on reconstruction": a topic; "a major
		// shipping hub": the trigger names the hub
		if a.topicOf(t.end, q.start) || a.triggerAsModifier(t, &q, s) || a.triggerAsNoun(t, s) {
			continue
		}
		// "increase its military support to 0.25% of GDP": a level of
		// spending, no concrete help
		if genericAid(q.item) && a.shareOfGDP(q.sent) {
			continue
		}
		// another quantity between the trigger and the noun owns the object
		blocked := false
		for _, o := range a.quantsOf(q.sent) {
			// "provide engineers and demining teams": coordinated objects share the verb
			// ("650 soldiers and a field hospital": the article may stand between)
			and := o.end+1 == q.start || o.end+2 == q.start && (a.lw(o.end+1) == "a" || a.lw(o.end+1) == "an")
			if o.sent == q.sent && o.kind != news.KindSupport && o.start >= t.end && o.end <= q.start && !o.prepped &&
				!(and && a.lw(o.end) == "and") && !a.listedBefore(&o, q.start, q.sent) && !a.asWellAsBefore(q.start, o.end) {
				blocked = true
			}
		}
		// "send four staff to help with the hub": counted people own it
		for _, p := range a.numbersNear(t.end, q.start) {
			if p.start >= t.end && p.end <= q.start && a.countsPeople(p.end, q.start) {
				blocked = true
			}
		}
		if blocked {
			continue
		}
		// "France dispatched 139 aid personnel, Austria 105": the actor
		// right before a gapped count
		f, ok := a.gappedFrame(t, &q, s)
		if !ok {
			f, ok = a.subjectFrame(t, s)
		}
		if !ok {
			f, ok = a.forcesSubject(t, s) // "Rwandan soldiers have provided protection"
		}
		if !ok {
			// "The new package will provide … technical assistance"
			if f, ok = a.packageSubject(t, &q, s); !ok {
				continue
			}
		}
		f.window = span{f.window.start, min(s.end, q.end+3)}
		f.conf -= 0.05
		if ended {
			f.forced = news.StatusDeclined
		}
		// "is not considering any participation by its peacekeepers": the
		// soldiers who take part are troops without a number
		if a.participationOfTroops(&q, s) {
			q.kind, q.item = news.KindTroops, ""
		}
		emit(f, q, q.item)
	}
	a.trainedBy(emit)
	a.trainedIn(emit) // frames_support_trained_in.go
	// "to" + support verb with no support noun after it
	for si, s := range a.sents {
		if a.stats.sentCls[si]&(1<<cSupportVerb) == 0 {
			continue
		}
		for k := s.start + 1; k < s.end; k++ {
			if !a.has(k, cSupportVerb) || a.lw(k-1) != "to" || covered[k] {
				continue
			}
			// "pledged to support the resolution", "its commitment to
			// support Ukraine": a stance, no help given
			if stanceVerb(a.lw(k)) && a.politicalObject(k+1, s) || a.bareCountryObject(k, s) {
				continue
			}
			// "vowed to protect jobs", "agreed to lead the negotiations",
			// "is ready to help": no one helped, nothing concrete given
			if !a.concreteObject(k, s) {
				continue
			}
			// "pledged to establish diplomatic relations", "agreed to help
			// Greece with its debt": no kind of help is named
			if a.lw(k) == "establish" || a.helpWithOther(k, s) || a.stanceOrDiplomacy(k, s) {
				continue
			}
			f, ok := a.toSupportFrameAt(k, s)
			if !ok || (a.lw(k) == "lead" || a.lw(k) == "participate") && sendsTroops(f.actors[0].code, a.toks[s.start].start) {
				continue
			}
			// an explicit support noun right after was handled above
			end := k + 1
			for end < s.end && end < k+5 && toks[end].kind != tPunct {
				end++
			}
			hasNoun := false
			for _, q := range a.quantsOf(si) {
				if q.sent == si && q.start > k && q.start < end {
					hasNoun = true
				}
			}
			if hasNoun {
				continue
			}
			q := quantity{span: span{k, end}, kind: news.KindSupport, sent: si, item: a.text[toks[k].start:toks[end-1].end]}
			f.window = span{f.window.start, end}
			f.conf -= 0.1
			emit(f, q, q.item)
		}
	}
}

// civilianTeams turns troops that are civilian experts or rescuers into
// support without a number: "a disaster relief expert team of eight
// persons", "a team of 12 civilian experts" (dev2 conventions).
//
// The bare counts that follow such a team in a donor list share its kind:
// "France dispatched 139 aid personnel, Austria 105, Switzerland 80".
func (a *analysis) civilianTeams() {
	civil, item := -1, "" // the sentence and the item of the last team turned into support
	for i := range a.quants {
		q := &a.quants[i]
		if q.kind != news.KindTroops {
			continue
		}
		if q.sent == civil && q.end == q.start+1 && a.toks[q.start].kind == tNum {
			q.kind, q.num, q.item = news.KindSupport, nil, item // a gapped count of the list
			continue
		}
		s := a.sents[q.sent]
		if militaryItem(q.item) {
			continue // "86 military rescuers", "40 military doctors": soldiers
		}
		// "a team of 12 civilian experts" (not "200 troops and aid workers")
		for k := q.end; k < s.end && k < q.end+4 && a.toks[k].kind == tWord && a.lw(k) != "and" && a.lw(k) != "or"; k++ {
			if a.has(k, cCivilian) {
				q.kind, q.num = news.KindSupport, nil
				break
			}
		}
		// "a team of 90 people": people counted in a team are no soldiers
		if a.teamOfPeople(q, s) {
			q.kind, q.num = news.KindSupport, nil
		}
		for k := q.end - 1; q.kind == news.KindTroops && k >= s.start && k >= q.start-4; k-- {
			if k < q.start && a.toks[k].kind == tPunct {
				break
			}
			if a.has(k, cCivilian) {
				q.kind, q.num = news.KindSupport, nil
				break
			}
		}
		if q.kind == news.KindSupport {
			civil, item = q.sent, q.item
		}
	}
}

// spansCover reports whether one of spans, the spans moneyNounFrames
// returns (each inside one sentence, in text order, their ends
// increasing), holds q, a token range of sentence s: it reads only the
// spans of s.
func spansCover(spans []span, s span, q span) bool {
	i := sort.Search(len(spans), func(i int) bool { return spans[i].end > s.start })
	for ; i < len(spans) && spans[i].end <= s.end; i++ {
		if q.start >= spans[i].start && q.end <= spans[i].end {
			return true
		}
	}
	return false
}
