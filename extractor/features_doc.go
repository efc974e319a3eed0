package extractor

import "github.com/pledgewatch/pledgewatch/internal/news"

// Document features of a line: what depends on the other lines of the
// text (repeats of the same actor, kind and value, recipients, earlier
// lines of the actor), read from the counts of docIndex so that a line's
// features cost no pass over the other lines.

// docFeatures fills the features that depend on the other lines of the
// text, read from ix (see docIndex.fill): lf being the features of the i-th
// kept line.
func docFeatures(lf *lineFeat, ix *docIndex, i int) {
	repeats := 0
	if lf.value >= 0 {
		// the lines of the same actor, kind and value in other sentences
		k := repeatKeyFeat{actor: lf.actor, kind: lf.kind, value: lf.value}
		repeats = ix.same[k]
		k.start, k.withStart = lf.start, true
		repeats -= ix.same[k]
	}
	lf.x[fRepeats] = log1(repeats)
	lf.x[fActorGets] = b2f(ix.recipients[lf.actor])
	lf.x[fEarlierSame] = log1(ix.earlier[i])
}

// docIndex holds the counts over the lines of a text that docFeatures
// reads, so that a line's features cost no pass over the other lines.
type docIndex struct {
	// same counts the emitted lines (before de-duplication) by actor,
	// kind and value, and by those and the start of the sentence.
	same map[repeatKeyFeat]int
	// recipients holds the recipients of the kept lines.
	recipients map[string]bool
	// earlier[i] is the number of kept lines before the i-th one with
	// its actor and kind.
	earlier []int
	seen    map[actorKind]int
	// ctx holds the counts of the per-page context features.
	ctx ctxIndex
}

type repeatKeyFeat struct {
	actor     string
	kind      news.Kind
	value     float64
	start     int
	withStart bool
}

// fill indexes all the emitted lines in lines (before de-duplication)
// and the kept ones in kept, reusing the memory of ix.
func (ix *docIndex) fill(lines []lineFeat, kept []news.Commitment) {
	if ix.same == nil {
		ix.same, ix.recipients, ix.seen = map[repeatKeyFeat]int{}, map[string]bool{}, map[actorKind]int{}
	}
	clear(ix.same)
	clear(ix.recipients)
	clear(ix.seen)
	ix.earlier = grow(ix.earlier, len(kept))
	for j := range lines {
		o := &lines[j]
		k := repeatKeyFeat{actor: o.actor, kind: o.kind, value: o.value}
		ix.same[k]++
		k.start, k.withStart = o.start, true
		ix.same[k]++
	}
	for i, c := range kept {
		ix.recipients[c.Recipient] = true
		k := actorKind{c.Actor, c.Kind}
		ix.earlier[i] = ix.seen[k]
		ix.seen[k]++
	}
}

type actorKind struct {
	actor string
	kind  news.Kind
}
