package extractor

import "github.com/pledgewatch/pledgewatch/internal/news"

// Support named as the means of something done, "with the support of X"
// or "with Iranian support": the country named gave it
// (frame.with-support).

// ruleWithSupport names support read from "with the support of X".
const ruleWithSupport = "frame.with-support"

// withSupportFrames reads support named as the means of something done:
// "… with the support of the United States", "with the military support
// of France", "a rebel group with Iranian support": the country gave it
// (delivered).
func (a *analysis) withSupportFrames(emit func(frame, quantity, string)) {
	for _, q := range a.quants {
		if q.kind != news.KindSupport {
			continue
		}
		s := a.sents[q.sent]
		// "with the support of X", "with the military support of X"
		p := q.start - 1
		var am actorMention
		found := false
		if p > s.start && a.lw(p) == "the" {
			p--
		}
		// ("help with the reconstruction of Ukraine's railways": after a
		// verb of help "with" names the task, and the "of" of a task
		// names what is worked on, not the giver)
		if p > s.start && isHelp(a.lw(p-1)) {
			continue
		}
		if p >= s.start && a.lw(p) == "with" && q.end+1 < s.end && (a.lw(q.end) == "of" && !taskOf(a.lw(q.end-1)) || a.lw(q.end) == "from") {
			j := q.end + 1
			if a.lw(j) == "the" && j+1 < s.end {
				j++
			}
			if n := a.actorEndingAt(j, s); n >= 0 && a.actors[n].start == j && len(a.actors[n].code) == 2 {
				am, found = a.actors[n], true
			}
		}
		// "with Iranian support": a demonym inside the phrase after "with"
		if !found && p >= s.start && a.lw(p) == "with" && !a.upper(q.end-1) {
			for k := q.start; k < q.end && !found; k++ {
				for _, m := range a.ann[k] {
					if m.class == cDemonym && m.end <= q.end && len(m.value) == 2 {
						am, found = actorMention{span: span{m.start, m.end}, code: m.value, cls: cDemonym, sent: q.sent}, true
						break
					}
				}
			}
		}
		// "the resolution passed with the support of France", "he was
		// elected with the support of Germany": votes, not help
		if !found || a.politicalBefore(s, p) {
			continue
		}
		f := frame{actors: []actorMention{am}, anchor: span{p, p + 1}, rule: ruleWithSupport,
			window: span{p, q.end}, conf: 0.55, forced: news.StatusDelivered}
		emit(f, q, q.item)
	}
}

// withHelpFrames reads help named as the means of something done with a
// country as its owner, where the head is "help", "assistance" or
// "support" and the country a name or demonym before it, or after "of"
// or "from": "With British help, Ukraine cleared the mines", "rebuilt
// the bridge with German assistance", "cleared the mines with the help
// of Britain", "with US support" (frame.with-support, delivered). Votes
// and elections ("passed with the support of") are no help; an actor
// with a support line of the sentence (committed) gets none. Help named
// with the countries it comes "from" ("relief assistance from Japan and
// Turkey continues") is read last, with the same check
// (supportFromFrames).
func (a *analysis) withHelpFrames(emit func(frame, quantity, string), committed func(actor string, start int) bool) {
	defer a.supportFromFrames(emit, committed)
	for si, s := range a.sents {
		if !a.sentHas(si, wHelpHead) {
			continue // no "help", "assistance" nor "support"
		}
		for k := s.start; k+2 < s.end; k++ {
			if a.lw(k) != "with" {
				continue
			}
			j := k + 1
			if a.lw(j) == "the" {
				j++
			}
			var am actorMention
			var head int
			found := false
			if n := a.actorEndingAt(j, s); n >= 0 && a.actors[n].start == j && len(a.actors[n].code) == 2 && a.actors[n].cls != cGroup {
				// "with British help", "with US support"
				if e := a.actors[n].end; e < s.end && helpHead(a.lw(e)) {
					am, head, found = a.actors[n], e, true
				}
			}
			if !found {
				// "with British help": a demonym that is no actor mention
				for _, m := range a.ann[j] {
					if m.class == cDemonym && len(m.value) == 2 && m.start == j && m.end < s.end && helpHead(a.lw(m.end)) {
						am = actorMention{span: span{m.start, m.end}, code: m.value, cls: cDemonym, sent: si}
						head, found = m.end, true
					}
				}
			}
			if !found && helpHead(a.lw(j)) && j+2 < s.end && (a.lw(j+1) == "of" || a.lw(j+1) == "from") {
				// "with the help of Britain"
				p := j + 2
				if a.lw(p) == "the" && p+1 < s.end {
					p++
				}
				if n := a.actorEndingAt(p, s); n >= 0 && a.actors[n].start == p && len(a.actors[n].code) == 2 && a.actors[n].cls != cGroup {
					am, head, found = a.actors[n], j, true
				}
			}
			if !found || a.politicalBefore(s, k) || committed(am.code, a.toks[s.start].start) {
				continue
			}
			f := frame{actors: []actorMention{am}, anchor: span{k, k + 1}, rule: ruleWithSupport,
				window: span{k, max(head, am.end) + 1}, conf: 0.5, forced: news.StatusDelivered}
			q := quantity{span: span{head, head + 1}, kind: news.KindSupport, sent: si, item: a.text[a.toks[head].start:a.toks[head].end]}
			emit(f, q, q.item)
		}
	}
}

// helpHead reports whether w is the head of a phrase of help named as a
// means: "help", "assistance", "support" (the words of word class
// wHelpHead).
func helpHead(w string) bool {
	return w == "help" || w == "assistance" || w == "support"
}

// taskOf reports whether w, the last word of a help noun, names a task
// whose "of" phrase is what is worked on: "the reconstruction of
// Ukraine", "the training of Ukrainian pilots".
func taskOf(w string) bool {
	switch w {
	case "reconstruction", "rebuilding", "recovery", "training", "demining", "clearance", "repair", "evacuation", "treatment", "protection", "defence", "defense":
		return true
	}
	return false
}
