package extractor

// guardAskedWhether names the guard of askedWhether.
const guardAskedWhether = "guard.asked-whether"

// askedWhether reports whether the frame's actor stands in an indirect
// question: "asked whether Britain would send jets", "reporters asked if
// Germany would deliver 50 tanks", "when asked if his country would
// provide F-16s". A question commits no one; the answer, when the text
// gives one, is a frame of its own.
func (a *analysis) askedWhether(f *frame) bool {
	if len(f.actors) == 0 {
		return false
	}
	start := f.actors[0].start
	if f.anaphor.end > f.anaphor.start {
		start = min(start, f.anaphor.start)
	}
	si := a.sentOfToken(f.anchor.start)
	if si < 0 {
		return false
	}
	s := a.sents[si]
	for k := start - 1; k >= s.start && start-k <= 3; k-- {
		if a.lw(k) != "whether" && a.lw(k) != "if" {
			continue
		}
		for j := k - 1; j >= s.start && k-j <= 3; j-- {
			switch a.lw(j) {
			case "asked", "asking", "asks", "ask", "question", "questions", "questioned", "wondered", "wonders":
				return true
			}
		}
		return false
	}
	return false
}
