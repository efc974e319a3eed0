package extractor

import (
	"slices"
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// mainSupportFrames finds a support verb used as the main verb after a
// modal, "has" or its subject, with a kind of support as its object:
// "Britain will train 10,000 recruits", "Japan has trained deminers",
// "Finland would share radar data", "Tokyo could help with demining".
// The train verbs need no support noun: the verb phrase is the item.
func (a *analysis) mainSupportFrames(emit func(frame, quantity, string), covered map[int]bool) (consumed map[int]bool) {
	toks := a.toks
	for si, s := range a.sents {
		if !a.sentHas(si, wHelpVerb) && !a.sentHas(si, wTraining) && a.stats.sentCls[si]&(1<<cSupportMain) == 0 {
			continue // no verb the frame starts from
		}
		done := -1 // end of the last main support verb of the sentence
		for k := s.start + 1; k < s.end; k++ {
			if !a.tokHas(k, wHelpVerb) && !a.tokHas(k, wTraining) && a.cls[k]&(1<<cSupportMain) == 0 {
				continue // none of the verbs below
			}
			v, ok := a.helpCountryWith(k, s)
			// "will help Moldova rebuild its grid", "is helping Moldova clear
			// mines": the helped country and the verb of help (frames_support_vocab.go)
			helpedVerb := false
			if !ok {
				v, helpedVerb = a.helpCountryVerb(k, s)
				ok = helpedVerb
			}
			// "Sweden is training Ukrainian soldiers": the progressive
			// "offered to assist by training police": the gerund after "help by"
			byHelp := k-2 > s.start && a.lw(k-1) == "by" && helpOrAssist(a.lw(k-2))
			// "is involved in training pilots": the gerund after a word of
			// taking part (frames_support_vocab.go)
			involved := k-2 > s.start && a.lw(k-1) == "in" && involvementWord(a.lw(k-2))
			// "has been training recruits": the perfect progressive;
			// "began training pilots": a phase verb before the gerund
			perfProg := a.lw(k-1) == "been" && k-2 > s.start && a.has(k-2, cPerfectAux)
			phase := phaseVerb(a.lw(k - 1))
			if !ok && a.lw(k) == "training" && (progressiveAux(a.lw(k-1)) || byHelp || perfProg || phase || involved || a.coordinatedWithGiving(k-1, k, s)) && len(a.ann[k]) > 0 {
				v, ok = match{entry: a.ann[k][0].entry, start: k, end: k + 1}, true
			}
			if !ok {
				if a.cls[k]&(1<<cSupportMain) == 0 {
					continue
				}
				v, ok = a.longest(k, s.end, cSupportMain)
			}
			// ("will monitor the ceasefire." ends with its object)
			whole := ok && strings.HasPrefix(a.lw(k), "monitor") && v.end-v.start >= 3 ||
				helpedVerb && a.helpPhraseMultiword(match{start: v.end - 2, end: v.end}) || // "helping Moldova clear mines."
				ok && a.helpPhraseMultiword(v) && a.actorEndingAt(k-1, s) < 0 // "will help defend against cyber-attacks." (not the verb after "helping Moldova")
			if !ok || covered[k] || !whole && (v.end >= s.end || toks[v.end].kind == tPunct) {
				continue
			}
			// what comes before the verb: a modal, "has", or the subject;
			// "will help train", "will not share": the helper and the
			// negation sit between
			prev := k - 1
			if byHelp {
				prev -= 2 // "will help by training": the verb of help stands for it
			}
			if phase && a.lw(k) == "training" {
				prev-- // "began training": the phase verb stands for the verb of support
			}
			if involved && a.lw(k) == "training" {
				prev -= 2 // "is involved in training": "involved in" stands for the verb
			}
			for prev > s.start && (strings.HasSuffix(a.lw(prev), "ly") || a.lw(prev) == "also" || a.lw(prev) == "already" || a.lw(prev) == "now" || a.lw(prev) == "further" ||
				a.lw(prev) == "not" || a.lw(prev) == "n't" || a.lw(prev) == "never" || isHelp(a.lw(prev)) && prev+1 == k) {
				prev--
			}
			// "have helped to train", "will help to share": the help verb
			// stands for the verb of support, as in "help train"
			if a.lw(prev) == "to" && prev-1 > s.start && isHelp(a.lw(prev-1)) && !stopVerb(a.lw(k)) {
				prev -= 2
				for prev > s.start && (a.lw(prev) == "also" || a.lw(prev) == "already" || a.lw(prev) == "not" || strings.HasSuffix(a.lw(prev), "ly")) {
					prev--
				}
			}
			// "is working with Moldova to train pilots", "will work with
			// the government to help clear mines": working with a partner
			// is transparent (frames_support_work.go)
			working := false // "is working with … to": a progressive of work
			if a.lw(prev) == "to" {
				if w := a.workWithBefore(prev, s); w != prev {
					working = progressiveAux(a.lw(w))
					prev = w
				}
			}
			// "will continue to train", "has continued to share": the verb
			// of going on is transparent
			ongoing := false
			if prev-1 > s.start && a.lw(prev) == "to" && continueVerb(a.lw(prev-1)) {
				prev -= 2
				ongoing = true
				for prev > s.start && (a.lw(prev) == "also" || a.lw(prev) == "not" || strings.HasSuffix(a.lw(prev), "ly")) {
					prev--
				}
			}
			// "will continue to send shells and to train crews": the "to"
			// of a second verb coordinated with the first
			coordinated := false
			if a.lw(prev) == "to" && prev-1 > s.start && a.lw(prev-1) == "and" && a.coordinatedWithGiving(prev-1, k, s) {
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
			// "has been sharing intelligence": a perfect progressive, going on
			if a.lw(prev) == "been" && prev > s.start && a.has(prev-1, cPerfectAux) && strings.HasSuffix(a.lw(k), "ing") {
				prev--
				perfect = true
			}
			switch {
			case toOK:
			case perfect, a.actorEndingAt(prev, s) >= 0:
			case a.has(prev, cIrrealis) && a.lw(prev) != "to" && a.lw(prev) != "if" && a.lw(prev) != "unless" && a.lw(prev) != "not":
			case progressiveAux(a.lw(prev)) && (strings.HasSuffix(a.lw(k), "ing") || working):
				// "Sweden is training Ukrainian soldiers"
			case a.lw(prev) == "and" && done >= 0:
				// "will train pilots and share intelligence"
			case a.coordinatedWithGiving(prev, k, s):
				coordinated = true // "will keep sending weapons and training soldiers"
			case a.equipmentOwner(prev, s) != nil:
				// "Iranian jets conducted airstrikes"
			default:
				continue
			}
			// "help rebuild the grid", "help protect ports": the verb phrase is the item too
			// ("escort merchant ships": the escorting of ships or convoys is the item too)
			train := strings.HasPrefix(a.lw(k), "train") || a.escortsShipping(k, v.end, s) || isHelp(a.lw(k)) && v.end-v.start == 2 && a.lw(k+1) != "with"
			// "will instruct gunners", "will treat wounded soldiers": a verb
			// of help whose phrase is the item (frames_support_vocab.go)
			vocab := !train && (helpedVerb || a.helpPhraseVerb(k, v))
			if vocab && !helpedVerb && a.nounUse(k, v, prev, s) {
				continue // "the Coast Guard patrol ship": a noun, no verb
			}
			train = train || vocab
			// "will monitor the ceasefire": the phrase holds its object
			monitor := whole
			// the object: a support noun within three tokens, else (train) the verb phrase
			var q quantity
			found := false
			// (past a possessor: "support the coast guard's capacity building")
			limit := a.helpObjectLimit(v.end, s)
			for _, o := range a.quantsOf(si) {
				// (a modifier run may have taken the verb: "share intelligence")
				if o.sent == si && o.kind == news.KindSupport && o.start >= k && o.end > v.end && o.start <= limit {
					if slices.ContainsFunc(a.ann[max(v.end, o.start)], func(m match) bool { return m.class == cSupportMain }) {
						continue
					}
					q, found = o, true
					if q.start < v.end {
						q.start, q.item = v.end, a.text[toks[v.end].start:toks[q.end-1].end]
					}
					// "the coast guard's capacity building": not the "s" of the possessive
					if q.start > s.start && q.start+1 < q.end && a.lw(q.start) == "s" && isApostropheText(a.tx(q.start-1)) {
						q.start, q.item = q.start+1, a.text[toks[q.start+1].start:toks[q.end-1].end]
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
				for _, o := range a.quantsOf(si) {
					if o.sent == si && o.kind == news.KindSupport && o.start <= q.start && o.end == q.end {
						consumed[o.start] = true
					}
				}
				for _, o := range a.quantsOf(si) {
					if o.sent == si && o.kind == news.KindSupport && o.start == q.end+1 && a.lw(q.end) == "and" {
						consumed[o.start] = true
						q.end, q.item = o.end, a.text[toks[q.start].start:toks[o.end-1].end]
					}
				}
			}
			if !found && monitor {
				q, found = quantity{span: span{k, v.end}, kind: news.KindSupport, sent: si, item: a.text[toks[k].start:toks[v.end-1].end]}, true
			}
			if !found && vocab && a.helpPhraseMultiword(v) && v.end < s.end && a.lw(v.end) != "its" && a.lw(v.end) != "their" {
				// "will host refugees from Moldova": the phrase holds its object
				q, found = quantity{span: span{k, v.end}, kind: news.KindSupport, sent: si, item: a.text[toks[k].start:toks[v.end-1].end]}, true
			}
			if !found {
				// "the army trains regularly in Germany", "trained its
				// reservists": no one else's trainees
				// ("help Moldova rebuild its grid": its is the helped one's)
				if !train || a.has(v.end, cLocPrep) || strings.HasSuffix(a.lw(v.end), "ly") ||
					(a.lw(v.end) == "its" || a.lw(v.end) == "their") && !helpedVerb {
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
			a.droppedGoods(&q, s) // "carried out airdrops of food": goods
			if a.ownObjectAfter(q.end, s) {
				continue // "is responsible for training its own pilots"
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
			// "British forces have helped to train …": the country of the
			// forces that open the sentence
			if am := a.forcesOwner(prev, s); am != nil && !ok {
				f, ok = frame{actors: []actorMention{*am}, anchor: span{k, v.end}, rule: ruleActive, window: span{am.start, v.end}, conf: 0.65}, true
			}
			if !ok {
				continue
			}
			f.rule = ruleSupport
			if involved {
				f.name = ruleSupportInvolvedIn
			}
			if coordinated {
				f.name = ruleSupportCoordinated
			}
			if vocab {
				f.name = ruleSupportVocabVerb
				// "will clear mines on its own farmland": its own
				if a.ownAfter(v.end, s) {
					continue
				}
			}
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
				// "Ukraine's army will train new recruits": a country's own
				// forces train their own, unless the trainees are foreign
				// "Ukraine has trained 30,000 new soldiers": recruits of its own
				if own || f.to == "" && (a.ownForcesSubject(f.actors[len(f.actors)-1], k) || a.newRecruits(v.end, q.end, s)) {
					continue
				}
			}
			f.conf -= 0.1
			// "has trained", "Japan trained": done; "will continue to
			// train": going on, so given already
			if ongoing || perfect || (involved || helpedVerb) && progressiveAux(a.lw(prev)) || a.actorEndingAt(prev, s) >= 0 && a.lw(k) != a.lw(v.start) || strings.HasSuffix(a.lw(k), "ed") && !a.irrealis(f.window.start, k) ||
				a.lw(prev) == "was" || a.lw(prev) == "were" {
				f.forced = news.StatusDelivered
				// (the cues are read without the forced status)
				if st, _ := a.status(&frame{actors: f.actors, anchor: f.anchor, window: f.window}); st == news.StatusDeclined || st == news.StatusConsidering {
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

// continueVerb reports whether w is a form of "continue": "will continue
// to train" trains, and has trained before (delivered).
func continueVerb(w string) bool {
	switch w {
	case "continue", "continues", "continued", "continuing":
		return true
	}
	return false
}

// phaseVerb reports whether w is a verb of beginning that takes a gerund
// ("began training", "has started training").
func phaseVerb(w string) bool {
	switch w {
	case "began", "begun", "begin", "begins", "started", "start", "starts":
		return true
	}
	return false
}
