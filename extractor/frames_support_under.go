package extractor

import "github.com/pledgewatch/pledgewatch/internal/news"

// A multinational operation "under" a country's command: "the battle
// group, under German command, …", "the exercise will continue under
// Norwegian command" (frame.under-command).

// ruleUnderCommand: an operation under a country's command or leadership.
const ruleUnderCommand = "frame.under-command"

// underCommandFrames reads "under" a demonym or a country's possessive
// and "command" or "leadership" ("under German command", "under
// Norway's leadership", "under Italian naval command") in a text about a
// mission or operation (missionNear): the country commands it, a
// delivered support line unless the cues hedge or refuse. Not: a
// sentence of casualties, the country's own forces (the country named
// before "under": "Russian troops under Russian command"; forces that
// "stay" or "remain" under it), a group,
// "under the command of" a person (the command frames').
func (a *analysis) underCommandFrames(emit func(frame, quantity, string)) {
	for si, s := range a.sents {
		if !a.missionNear(si) {
			continue
		}
		for k := s.start; k+2 < s.end; k++ {
			if a.lw(k) != "under" {
				continue
			}
			if k > s.start {
				switch a.lw(k - 1) {
				case "stay", "stays", "stayed", "remain", "remains", "remained", "keep", "keeps", "kept", "staying", "remaining":
					continue // "its ships would stay under French command": its own
				}
			}
			am, head, ok := a.commandOwner(k+1, s, si)
			if !ok || a.spanHasCls(s, 1<<cCasualty) || a.namedBefore(am.code, s.start, k) {
				continue // "Russian troops … under Russian command": its own forces
			}
			f := frame{actors: []actorMention{am}, anchor: span{k, k + 1}, rule: ruleUnderCommand,
				window: span{k, head + 1}, conf: 0.55, forced: news.StatusDelivered}
			if st, _ := a.status(&frame{actors: f.actors, anchor: f.anchor, window: span{s.start, s.end}}); st == news.StatusDeclined || st == news.StatusConsidering {
				f.forced = st
			}
			q := quantity{span: span{head, head + 1}, kind: news.KindSupport, sent: si, item: a.text[a.toks[head].start:a.toks[head].end]}
			emit(f, q, q.item)
		}
	}
}

// commandOwner reads the owner of a command after "under" at token j: a
// demonym ("German command") or a country with a possessive ("Norway's
// leadership"), at most one word of service between ("Italian naval
// command"); it returns the country and the index of "command" or
// "leadership".
func (a *analysis) commandOwner(j int, s span, si int) (actorMention, int, bool) {
	var am actorMention
	end := -1
	for _, m := range a.ann[j] {
		if m.class == cDemonym && len(m.value) == 2 {
			am, end = actorMention{span: span{m.start, m.end}, code: m.value, cls: cDemonym, sent: si}, m.end
			break
		}
	}
	if end < 0 {
		n := a.actorEndingAt(j, s)
		if n < 0 || a.actors[n].start != j || len(a.actors[n].code) != 2 || a.actors[n].cls == cGroup {
			return actorMention{}, 0, false
		}
		e, own := a.isPossessive(a.actors[n].end, s.end)
		if !own {
			return actorMention{}, 0, false
		}
		am, end = a.actors[n], e
	}
	if end < s.end {
		switch a.lw(end) {
		case "naval", "military", "operational", "overall", "joint":
			end++
		}
	}
	if end >= s.end {
		return actorMention{}, 0, false
	}
	switch a.lw(end) {
	case "command", "leadership":
		return am, end, true
	}
	return actorMention{}, 0, false
}

// namedBefore reports whether a demonym or actor of country code stands
// in the tokens [from, to).
func (a *analysis) namedBefore(code string, from, to int) bool {
	for j := from; j < to; j++ {
		for _, m := range a.ann[j] {
			if (m.class == cDemonym || m.class == cCountry) && m.value == code {
				return true
			}
		}
	}
	for _, am := range a.actorsNear(from, to) {
		if am.start >= from && am.end <= to && am.code == code {
			return true
		}
	}
	return false
}
