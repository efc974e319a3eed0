package extractor

// Word ids: the function words the rules compare tokens against most
// often ("of", "by", "from", "will", "not" …), and a few words that open
// frames ("available", "paid"), have fixed vocabulary ids,
// the first of the trie's vocabulary (trie.freeze), so that a rule asks
// a.is(k, idFrom), one integer compare on the token's id (doc.ids), in
// place of a string compare, and a frame or guard that needs one of them
// asks the sentence's mask of function words (a.sentHasFunc, or the
// words gate of a frame step) before reading its tokens.

// wordID is the fixed vocabulary id of a function word (funcWords).
type wordID int32

// The function words with fixed ids, in the order of funcWords; at most
// 64, one bit each in a sentence's mask (analysis.sentFunc).
const (
	idThe wordID = iota
	idA
	idAn
	idOf
	idTo
	idBy
	idFrom
	idIn
	idFor
	idWith
	idAnd
	idOr
	idAs
	idAt
	idOn
	idUnder
	idAmong
	idAmongst
	idWill
	idWould
	idNot
	idNo
	idNever
	idNt // "n't"
	idNor
	idThat
	idWhich
	idWho
	idIts
	idTheir
	idHas
	idHave
	idHad
	idIs
	idWas
	idWere
	idAre
	idBe
	idBeen
	idEach
	idApiece
	idSuch
	idAlso
	idThan
	idIncluding
	idApos // "'", also the lower form of "’"
	idThrough
	idVia
	idAvailable
	idUsing
	idFunded
	idFinanced
	idPaid
	idHyphen // "-"
	idSale
	idSales
	idColon // ":"
	nFuncWords
)

// (a compile-time check: at most 64 function words, one bit each of a
// wordMask)
const _ = uint(64 - nFuncWords)

// funcWords lists the words of the wordID constants, in their order.
// Read only.
var funcWords = [nFuncWords]string{
	"the", "a", "an", "of", "to", "by", "from", "in", "for", "with", "and", "or", "as", "at", "on",
	"under", "among", "amongst", "will", "would", "not", "no", "never", "n't", "nor",
	"that", "which", "who", "its", "their", "has", "have", "had", "is", "was", "were", "are", "be", "been",
	"each", "apiece", "such", "also", "than", "including", "'", "through", "via", "available",
	"using", "funded", "financed", "paid", "-", "sale", "sales", ":",
}

// wordMask is a set of function words: bit w for wordID w.
type wordMask uint64

// wordsOf returns the set of the function words ws.
func wordsOf(ws ...wordID) wordMask {
	var m wordMask
	for _, w := range ws {
		m |= 1 << w
	}
	return m
}

// is reports whether token k is the function word w (false when there is
// no token k, or before the lexicon pass has set the tokens' ids).
func (d *doc) is(k int, w wordID) bool {
	return uint(k) < uint(len(d.ids)) && d.ids[k] == int32(w)
}

// funcWord returns the wordID of token k, or -1 when it is none of the
// function words (a switch on it is an integer switch).
func (d *doc) funcWord(k int) wordID {
	if uint(k) < uint(len(d.ids)) {
		if id := d.ids[k]; id >= 0 && id < int32(nFuncWords) {
			return wordID(id)
		}
	}
	return -1
}

// sentHasFunc reports whether sentence si holds one of the function
// words of m (true when the masks are not known: the caller then reads
// the tokens, as without them).
func (a *analysis) sentHasFunc(si int, m wordMask) bool {
	if si < 0 || si >= len(a.sentFunc) {
		return true
	}
	return a.sentFunc[si]&m != 0
}
