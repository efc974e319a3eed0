package extractor

import "testing"

// TestFuncWordIDs checks that every function word has its fixed id in
// the vocabulary, and that a token's id, its mask bit and is agree with
// its lower-cased text.
func TestFuncWordIDs(t *testing.T) {
	e := newTestExtractor(t)
	for w, text := range funcWords {
		if got := e.trie.id(text); got != int32(w) {
			t.Errorf("id(%q) = %d, want %d", text, got, w)
		}
	}
	text := "The aid from Japan’s government was paid for by Norway. It will not come through Poland or via Italy."
	a := e.analyze(text)
	defer e.release(a)
	for k := range a.toks {
		w := a.funcWord(k)
		for id, word := range funcWords {
			if want := a.lw(k) == word; a.is(k, wordID(id)) != want || (w == wordID(id)) != want {
				t.Errorf("token %q: is(%q) = %v, funcWord = %d", a.tx(k), word, a.is(k, wordID(id)), w)
			}
		}
		si := a.sentOfToken(k)
		if w >= 0 && !a.sentHasFunc(si, wordsOf(w)) {
			t.Errorf("sentence %d of token %q lacks its word in its mask", si, a.tx(k))
		}
	}
	if a.sentHasFunc(0, wordsOf(idVia)) || !a.sentHasFunc(1, wordsOf(idVia)) {
		t.Errorf("masks %b, want \"via\" in the second sentence only", a.sentFunc)
	}
	if a.is(-1, idThe) || a.is(len(a.toks), idThe) {
		t.Error("is past the ends of the text")
	}
}
