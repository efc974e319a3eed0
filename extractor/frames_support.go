package extractor

import (
	"slices"
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// moneyNounFrames finds money pledged, considered or declined without an
// amount: a money noun as the object of a verb ("could make a further
// contribution", "is expected to announce its contribution", "would not
// make a new pledge", "ready to contribute to a reconstruction fund"),
// when the sentence gives that actor no amount. It returns the spans it
// used, so that their words are not read again as support.
func (a *analysis) moneyNounFrames(emit func(frame, quantity, string), done []news.Commitment) []span {
	var used []span
	si := 0
	for _, m := range a.all { // in token order: cheaper than asking every token
		if m.class != cMoneyNoun {
			continue
		}
		for si < len(a.sents) && a.sents[si].end <= m.start {
			si++
		}
		if si >= len(a.sents) {
			break
		}
		s := a.sents[si]
		k := m.start
		if k == s.start || m.end > s.end || len(used) > 0 && used[len(used)-1].end > k {
			continue
		}
		// what follows is not an amount or a purpose: "pledge of €1bn", "pledge to protect"
		if m.end < s.end && (a.lw(m.end) == "of" || a.lw(m.end) == "to" || a.toks[m.end].kind == tNum || a.has(m.end, cCurPrefix, cCurCode)) {
			continue
		}
		// "its training contribution", "an intelligence contribution": a kind
		// of support, read by supportFrames
		if a.has(k-1, cSupportNoun) {
			continue
		}
		// "its troop contribution": troops, read by the troop frames
		if a.has(k-1, cTroopNoun) {
			continue
		}
		v := k - 1
		for n := 0; v > s.start && n < 5 && (a.isJoiner(v) || a.toks[v].kind == tWord && a.actorAt[v] < 0 &&
			!a.has(v, cTrigger, cMakeVerb, cClauseBreak, cLocPrep, cReporting)); n++ {
			v--
		}
		if v > s.start && a.lw(v) == "to" && a.has(v-1, cTrigger) {
			v-- // "contribute to a … fund"
		}
		if !a.has(v, cTrigger, cMakeVerb) {
			continue
		}
		f, ok := a.subjectFrame(match{start: v, end: v + 1}, s)
		if !ok {
			continue
		}
		f.window = span{f.window.start, m.end}
		f.conf -= 0.05
		var actors []actorMention
		for _, am := range f.actors {
			// an amount of the same actor in the sentence says it all
			if !slices.ContainsFunc(done, func(c news.Commitment) bool {
				return c.Actor == am.code && c.Kind == news.KindMoney && c.Start == a.toks[s.start].start
			}) {
				actors = append(actors, am)
			}
		}
		if len(actors) == 0 {
			continue
		}
		f.actors = actors
		q := quantity{span: span{m.start, m.end}, kind: news.KindMoney, sent: si}
		emit(f, q, a.text[a.toks[m.start].start:a.toks[m.end-1].end])
		used = append(used, span{v, m.end})
	}
	return used
}

// supportFrames finds commitments of kind support: a support noun in the
// object of a trigger ("has promised air support"), or "to" + a support
// verb after a trigger or cue ("pledge to protect Kyiv", "willingness to
// support the plan").
func (a *analysis) supportFrames(emit func(frame, quantity, string), skip []span) {
	emit = a.unlessHopedOrDenied(a.unlessQuestion(emit))
	toks := a.toks
	covered := map[int]bool{} // support-verb tokens already used
	consumed := a.mainSupportFrames(emit, covered)
	for _, q := range a.quants {
		if q.kind != news.KindSupport || consumed[q.start] {
			continue
		}
		// "announced the end of military cooperation": a support ended is declined
		ended := a.endOf(q)
		if q.prepped && !ended {
			continue
		}
		if slices.ContainsFunc(skip, func(sp span) bool { return q.start >= sp.start && q.end <= sp.end }) {
			continue
		}
		s := a.sents[q.sent]
		// "a military aid package": the noun modifies the package, which is
		// the commitment; "its intelligence contribution" is the support
		if q.end < s.end && a.has(q.end, cTriggerNoun) {
			if (a.lw(q.end) != "contribution" && a.lw(q.end) != "contributions") || a.moneyInSentence(q.sent) {
				continue
			}
			q.end++
			q.item = a.text[a.toks[q.start].start:a.toks[q.end-1].end]
		}
		// "surveillance aircraft", "training drones": the noun names the materiel
		if q.end < s.end && a.has(q.end, cEquipNoun) {
			continue
		}
		// "the peacekeeping mission", "a peacekeeping force": the noun names the operation
		if q.end < s.end && (a.has(q.end, cOperationNoun) || a.has(q.end, cTroopUnit)) {
			continue
		}
		// "funding support to its defence industry": its own, no commitment to another
		if q.end+1 < s.end && (a.lw(q.end) == "to" || a.lw(q.end) == "for") && (a.lw(q.end+1) == "its" || a.lw(q.end+1) == "their") {
			continue
		}
		// "support for Ukraine's sovereignty", "support for the ceasefire
		// proposal": a stance, no help given
		if q.end < s.end && (a.lw(q.end) == "for" || a.lw(q.end) == "to") && a.politicalObject(q.end, s) {
			continue
		}
		// "had provided the most government support", "slightly more
		// military aid than": a ranking or a comparison, no commitment
		if a.comparison(q, s) {
			continue
		}
		// "has not blocked this support": support named before, by another
		if a.lw(q.start) == "support" && q.end == q.start+1 && q.start > s.start &&
			(a.lw(q.start-1) == "this" || a.lw(q.start-1) == "that" || a.lw(q.start-1) == "such") {
			continue
		}
		// "a consignment of humanitarian aid": goods, counted as equipment
		if q.start-1 > s.start && a.containerOf(q.start-1, s) {
			q.kind = news.KindEquipment
		}
		if f, ok := a.supportFrom(q, s); ok {
			emit(f, q, q.item)
			continue
		}
		if f, ok := a.toSupportFrame(q.start, s); ok {
			f.conf -= 0.05
			emit(f, q, q.item)
			covered[f.anchor.end-1] = true
			continue
		}
		t, ok := a.triggerBefore(q.start, s, 12)
		if !ok || a.moneyOnlyAt(t.start) {
			continue // "will not pay its share of the peacekeeping budget": money, not support
		}
		// another quantity between the trigger and the noun owns the object
		blocked := false
		for _, o := range a.quants {
			// "provide engineers and demining teams": coordinated objects share the verb
			if o.sent == q.sent && o.kind != news.KindSupport && o.start >= t.end && o.end <= q.start && !o.prepped &&
				!(o.end+1 == q.start && a.lw(o.end) == "and") {
				blocked = true
			}
		}
		// "send four staff to help with the hub": counted people own it
		for _, p := range a.numbers {
			if p.start >= t.end && p.end <= q.start && a.countsPeople(p.end, q.start) {
				blocked = true
			}
		}
		if blocked {
			continue
		}
		f, ok := a.subjectFrame(t, s)
		if !ok {
			// "The new package will provide … technical assistance"
			if f, ok = a.packageSubject(t, q, s); !ok {
				continue
			}
		}
		f.window = span{f.window.start, min(s.end, q.end+3)}
		f.conf -= 0.05
		if ended {
			f.forced = news.StatusDeclined
		}
		emit(f, q, q.item)
	}
	a.trainedBy(emit)
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
			f, ok := a.toSupportFrameAt(k, s)
			if !ok {
				continue
			}
			// an explicit support noun right after was handled above
			end := k + 1
			for end < s.end && end < k+5 && toks[end].kind != tPunct {
				end++
			}
			hasNoun := false
			for _, q := range a.quants {
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
func (a *analysis) civilianTeams() {
	for i := range a.quants {
		q := &a.quants[i]
		if q.kind != news.KindTroops {
			continue
		}
		s := a.sents[q.sent]
		// "a team of 12 civilian experts"
		for k := q.end; k < s.end && k < q.end+3 && a.toks[k].kind == tWord; k++ {
			if a.has(k, cCivilian) {
				q.kind, q.num = news.KindSupport, nil
				break
			}
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
	}
}

// mainSupportFrames finds a support verb used as the main verb after a
// modal, "has" or its subject, with a kind of support as its object:
// "Britain will train 10,000 recruits", "Japan has trained deminers",
// "Finland would share radar data", "Tokyo could help with demining".
// The train verbs need no support noun: the verb phrase is the item.
func (a *analysis) mainSupportFrames(emit func(frame, quantity, string), covered map[int]bool) (consumed map[int]bool) {
	toks := a.toks
	for si, s := range a.sents {
		done := -1 // end of the last main support verb of the sentence
		for k := s.start + 1; k < s.end; k++ {
			v, ok := a.helpCountryWith(k, s)
			// "Sweden is training Ukrainian soldiers": the progressive
			if !ok && a.lw(k) == "training" && progressiveAux(a.lw(k-1)) && len(a.ann[k]) > 0 {
				v, ok = match{entry: a.ann[k][0].entry, start: k, end: k + 1}, true
			}
			if !ok {
				if a.cls[k]&(1<<cSupportMain) == 0 {
					continue
				}
				v, ok = a.longest(k, s.end, cSupportMain)
			}
			if !ok || covered[k] || v.end >= s.end || toks[v.end].kind == tPunct {
				continue
			}
			// what comes before the verb: a modal, "has", or the subject;
			// "will help train", "will not share": the helper and the
			// negation sit between
			prev := k - 1
			for prev > s.start && (strings.HasSuffix(a.lw(prev), "ly") || a.lw(prev) == "also" || a.lw(prev) == "already" || a.lw(prev) == "now" || a.lw(prev) == "further" ||
				a.lw(prev) == "not" || a.lw(prev) == "n't" || a.lw(prev) == "never" || isHelp(a.lw(prev)) && prev+1 == k) {
				prev--
			}
			// "agreed to share intelligence", "is ready to help with
			// demining": the verb after "to" of a trigger or a cue
			var viaTo frame
			toOK := false
			if a.lw(prev) == "to" {
				if stopVerb(a.lw(k)) {
					continue // "intends to end the supply of …": read by the frames of what ends
				}
				if viaTo, toOK = a.toSupportFrameAt(prev+1, s); !toOK {
					viaTo, toOK = a.headlineTo(prev, k, s)
				}
				if !toOK {
					// "refused to share intelligence": the subject of the refusal
					d, isD := a.longest(prev-1, s.end, cDeclined)
					if !isD || d.end != prev {
						continue
					}
					if viaTo, toOK = a.subjectFrame(d, s); !toOK {
						continue
					}
					viaTo.anchor = span{d.start, k + 1}
				}
			}
			perfect := a.has(prev, cPerfectAux)
			switch {
			case toOK:
			case perfect, a.actorEndingAt(prev, s) >= 0:
			case a.has(prev, cIrrealis) && a.lw(prev) != "to" && a.lw(prev) != "if" && a.lw(prev) != "unless" && a.lw(prev) != "not":
			case progressiveAux(a.lw(prev)) && strings.HasSuffix(a.lw(k), "ing"):
				// "Sweden is training Ukrainian soldiers"
			case a.lw(prev) == "and" && done >= 0:
				// "will train pilots and share intelligence"
			case a.equipmentOwner(prev, s) != nil:
				// "Iranian jets conducted airstrikes"
			default:
				continue
			}
			// "help rebuild the grid", "help protect ports": the verb phrase is the item too
			train := strings.HasPrefix(a.lw(k), "train") || isHelp(a.lw(k)) && v.end-v.start == 2 && a.lw(k+1) != "with"
			// the object: a support noun within three tokens, else (train) the verb phrase
			var q quantity
			found := false
			for _, o := range a.quants {
				// (a modifier run may have taken the verb: "share intelligence")
				if o.sent == si && o.kind == news.KindSupport && o.start >= k && o.end > v.end && o.start <= v.end+3 {
					if slices.ContainsFunc(a.ann[max(v.end, o.start)], func(m match) bool { return m.class == cSupportMain }) {
						continue
					}
					q, found = o, true
					if q.start < v.end {
						q.start, q.item = v.end, a.text[toks[v.end].start:toks[q.end-1].end]
					}
					break
				}
			}
			if found {
				// "help with demining and reconstruction" is one item
				if consumed == nil {
					consumed = map[int]bool{}
				}
				consumed[q.start] = true
				for _, o := range a.quants {
					if o.sent == si && o.kind == news.KindSupport && o.start <= q.start && o.end == q.end {
						consumed[o.start] = true
					}
				}
				for _, o := range a.quants {
					if o.sent == si && o.kind == news.KindSupport && o.start == q.end+1 && a.lw(q.end) == "and" {
						consumed[o.start] = true
						q.end, q.item = o.end, a.text[toks[q.start].start:toks[o.end-1].end]
					}
				}
			}
			if !found {
				if !train {
					continue
				}
				end := v.end
				for end < s.end && end < v.end+5 && toks[end].kind != tPunct && !a.has(end, cLocPrep, cClauseBreak, cSupportMain) &&
					!(a.lw(end) == "and" && a.has(end+1, cSupportMain)) {
					end++
				}
				if end == v.end {
					continue
				}
				q = quantity{span: span{k, end}, kind: news.KindSupport, sent: si, item: a.text[toks[k].start:toks[end-1].end]}
			}
			f, ok := a.subjectFrame(match{entry: v.entry, start: k, end: v.end}, s)
			if toOK {
				f, ok = viaTo, true
			}
			// "U.S. warplanes and drones have carried out airstrikes": the
			// country of the aircraft, when no subject country is named
			if am := a.equipmentOwner(prev, s); am != nil && (!ok || f.actors[len(f.actors)-1].end < am.start) {
				f, ok = frame{actors: []actorMention{*am}, anchor: span{k, v.end}, rule: ruleActive, window: span{am.start, v.end}, conf: 0.7}, true
			}
			if !ok {
				continue
			}
			f.rule = ruleSupport
			f.window = span{f.window.start, max(q.end, v.end)}
			// "train Ukrainian recruits": the trainees' country receives;
			// training one's own ("its own recruits", "Polish recruits" for
			// Poland) is no support
			if train {
				own := false
				for j := v.end; j < min(q.end, v.end+3); j++ {
					if a.lw(j) == "own" {
						own = true
					}
					if m, ok := a.longest(j, s.end, cDemonym); ok && f.to == "" {
						if slices.ContainsFunc(f.actors, func(x actorMention) bool { return x.code == m.value }) {
							own = true
						} else {
							f.to = m.value
						}
					}
				}
				if own {
					continue
				}
			}
			f.conf -= 0.1
			// "has trained", "Japan trained": done
			if perfect || a.actorEndingAt(prev, s) >= 0 && a.lw(k) != a.lw(v.start) || strings.HasSuffix(a.lw(k), "ed") && !a.irrealis(f.window.start, k) ||
				a.lw(prev) == "was" || a.lw(prev) == "were" {
				f.forced = news.StatusDelivered
				// (the cues are read without the forced status)
				if st, _ := a.status(frame{actors: f.actors, anchor: f.anchor, window: f.window}); st == news.StatusDeclined || st == news.StatusConsidering {
					f.forced = st
				}
			}
			emit(f, q, q.item)
			covered[k] = true
			done = q.end
		}
	}
	return consumed
}

// toSupportFrame matches a support noun right after "to" + a support verb
// ("pledged to establish military hubs"), returning the frame of the verb.
func (a *analysis) toSupportFrame(pos int, s span) (frame, bool) {
	for k := pos - 1; k > s.start && pos-k <= 4; k-- {
		if a.toks[k].kind == tPunct && a.tx(k) != "“" && a.tx(k) != "\"" {
			return frame{}, false
		}
		if a.lw(k-1) == "to" && a.has(k, cSupportVerb) {
			return a.toSupportFrameAt(k, s)
		}
	}
	return frame{}, false
}

// toSupportFrameAt builds the frame of a support verb at token k (after
// "to"): the nearest trigger, trigger noun or support cue within six
// tokens before the "to" is the anchor, and its subject the actor.
func (a *analysis) toSupportFrameAt(k int, s span) (frame, bool) {
	to := k - 1
	if a.purpose(k, s) {
		return frame{}, false
	}
	for j := to - 1; j >= s.start && to-j <= 6; j-- {
		// (a noun of commitment counts only as a cue: "a package to help
		// Ukraine" is the purpose of the package, "its pledge to protect" a pledge)
		m, ok := a.longest(j, s.end, cTrigger, cDeliveryPast, cSupportCue)
		if !ok || m.end > to {
			if a.has(j, cTriggerNoun) && !a.has(j, cSupportCue) {
				return frame{}, false
			}
			continue
		}
		// "pledged $1bn to help rebuild …", "sent a military aid package to help",
		// "announced 5.7 million to support", "provide eight people to
		// support": the purpose of a quantity, not a commitment of its own
		for _, q := range a.quants {
			if q.start >= m.end && q.end <= to {
				return frame{}, false
			}
		}
		for _, p := range a.numbers {
			if (p.scaled || a.countsPeople(p.end, to)) && p.start >= m.end && p.end <= to {
				return frame{}, false
			}
		}
		if m.class == cTrigger || m.class == cDeliveryPast {
			// "the importance of stepping up … to protect": a gerund named, not done
			if m.start > s.start && a.lw(m.start-1) == "of" && strings.HasSuffix(a.lw(m.start), "ing") {
				return frame{}, false
			}
			f, ok := a.subjectFrame(m, s)
			if ok {
				f.rule = ruleSupport
				f.anchor = span{m.start, k + 1}
			}
			return f, ok
		}
		// a noun or adjective cue: the actor is right before it ("Washington's willingness", "Trump's pledge")
		f, ok := a.subjectFrame(m, s)
		if !ok {
			return frame{}, false
		}
		// the actor owns the cue: "Washington's willingness", "Trump's pledge",
		// "the U.S. has conveyed its willingness"
		gap := span{f.actors[len(f.actors)-1].end, m.start}
		if f.rule == rulePronoun && f.anaphor.end > 0 {
			gap.start = f.anaphor.end // "“We are ready to train …,” he said": the pronoun owns it
		}
		if gap.end-gap.start > 4 && !a.hasPossessiveDeterminer(gap) {
			return frame{}, false
		}
		f.rule = ruleNoun
		f.conf = 0.75
		f.anchor = span{m.start, k + 1}
		return f, true
	}
	return frame{}, false
}

// hasPossessiveDeterminer reports whether "its", "their", "his" or "her"
// lies in sp.
func (a *analysis) hasPossessiveDeterminer(sp span) bool {
	for k := sp.start; k < sp.end; k++ {
		switch a.lw(k) {
		case "its", "their", "his", "her":
			return true
		}
	}
	return false
}
