package extractor

import (
	"embed"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// The lexicon: the data the rules run on, read from the embedded YAML
// files of lexicon/ and an optional user lexicon (parseLexicon), merged
// over the defaults and checked (merge, loadLexicon). Its classes are in
// lexicon_classes.go, its token trie in lexicon_trie.go and the matching
// of a text in lexicon_match.go.

//go:embed lexicon/*.yaml
var lexiconFS embed.FS

// ErrLexicon is returned (wrapped) by New when a lexicon file is malformed.
var ErrLexicon = errors.New("extractor: bad lexicon")

// lexicon is the data the rules run on: the format of the embedded files in
// extractor/lexicon/ and of a user lexicon (see doc.go). Lists in a user
// lexicon are appended to the defaults; a phrase listed again with another
// value takes the user's value.
type lexicon struct {
	Actors          []actorEntry                 `yaml:"actors"`
	AmbiguousNames  []string                     `yaml:"ambiguous_names"`
	ExcludeNames    []string                     `yaml:"exclude_names"`
	ExcludeCapitals []string                     `yaml:"exclude_capitals"`
	Groups          []string                     `yaml:"groups"`
	Currencies      []currencyEntry              `yaml:"currencies"`
	Ambiguous       []ambiguousCurrency          `yaml:"ambiguous"`
	AmbiguousCodes  []string                     `yaml:"ambiguous_codes"`
	Words           map[string]yaml.Node         `yaml:"words"`
	words           map[string][]string          // list classes of Words
	valued          map[string]map[string]string // mapping classes of Words
}

// actorEntry names one actor: a country (ISO 3166-1 alpha-2), EU or NATO.
type actorEntry struct {
	Code     string   `yaml:"code"`
	Names    []string `yaml:"names"`
	Cased    []string `yaml:"cased"`
	Demonyms []string `yaml:"demonyms"`
	Metonyms []string `yaml:"metonyms"`
	Leaders  []string `yaml:"leaders"`
}

// currencyEntry names the ways one ISO 4217 currency is written.
type currencyEntry struct {
	Code   string   `yaml:"code"`
	Prefix []string `yaml:"prefix"`
	Suffix []string `yaml:"suffix"`
}

// ambiguousCurrency is a currency word shared by several codes.
type ambiguousCurrency struct {
	Words []string `yaml:"words"`
	Codes []string `yaml:"codes"`
	// Default, when set, is the code read when the actor's own currency
	// is none of Codes ("kronor" is mostly SEK).
	Default string `yaml:"default"`
}

var codeRE = regexp.MustCompile(`^([A-Z]{2}|EU|NATO)$`)

// parseLexicon decodes one lexicon file.
func parseLexicon(name string, data []byte) (*lexicon, error) {
	var lx lexicon
	if err := yaml.Unmarshal(data, &lx); err != nil {
		return nil, fmt.Errorf("%w: %s: %w", ErrLexicon, name, err)
	}
	lx.words = map[string][]string{}
	lx.valued = map[string]map[string]string{}
	for class, node := range lx.Words {
		switch node.Kind {
		case yaml.SequenceNode:
			var list []string
			if err := node.Decode(&list); err != nil {
				return nil, fmt.Errorf("%w: %s: words.%s: %w", ErrLexicon, name, class, err)
			}
			lx.words[class] = list
		case yaml.MappingNode:
			var m map[string]string
			if err := node.Decode(&m); err != nil {
				return nil, fmt.Errorf("%w: %s: words.%s: %w", ErrLexicon, name, class, err)
			}
			lx.valued[class] = m
		default:
			return nil, fmt.Errorf("%w: %s: words.%s: want a list or a mapping", ErrLexicon, name, class)
		}
	}
	for _, a := range lx.Actors {
		if !codeRE.MatchString(a.Code) {
			return nil, fmt.Errorf("%w: %s: actor code %q: want ISO alpha-2, EU or NATO", ErrLexicon, name, a.Code)
		}
	}
	for _, c := range lx.Currencies {
		if len(c.Code) != 3 || strings.ToUpper(c.Code) != c.Code {
			return nil, fmt.Errorf("%w: %s: currency code %q: want ISO 4217", ErrLexicon, name, c.Code)
		}
	}
	for class, m := range lx.valued {
		if class != "qualifier" {
			for k, v := range m {
				if _, err := strconv.ParseFloat(v, 64); err != nil {
					return nil, fmt.Errorf("%w: %s: words.%s.%s: %q is not a number", ErrLexicon, name, class, k, v)
				}
			}
		}
	}
	return &lx, nil
}

// merge appends other's entries to lx.
func (lx *lexicon) merge(other *lexicon) {
	lx.Actors = append(lx.Actors, other.Actors...)
	lx.AmbiguousNames = append(lx.AmbiguousNames, other.AmbiguousNames...)
	lx.ExcludeNames = append(lx.ExcludeNames, other.ExcludeNames...)
	lx.ExcludeCapitals = append(lx.ExcludeCapitals, other.ExcludeCapitals...)
	lx.Groups = append(lx.Groups, other.Groups...)
	lx.Currencies = append(lx.Currencies, other.Currencies...)
	lx.Ambiguous = append(lx.Ambiguous, other.Ambiguous...)
	lx.AmbiguousCodes = append(lx.AmbiguousCodes, other.AmbiguousCodes...)
	for k, v := range other.words {
		lx.words[k] = append(lx.words[k], v...)
	}
	for k, m := range other.valued {
		if lx.valued[k] == nil {
			lx.valued[k] = map[string]string{}
		}
		for p, v := range m {
			lx.valued[k][p] = v
		}
	}
}

// loadLexicon reads the embedded defaults and merges user over them.
func loadLexicon(user []byte) (*lexicon, error) {
	entries, err := lexiconFS.ReadDir("lexicon")
	if err != nil {
		return nil, fmt.Errorf("extractor: embedded lexicon: %w", err)
	}
	lx := &lexicon{words: map[string][]string{}, valued: map[string]map[string]string{}}
	for _, e := range entries {
		data, err := lexiconFS.ReadFile("lexicon/" + e.Name())
		if err != nil {
			return nil, fmt.Errorf("extractor: embedded lexicon: %w", err)
		}
		part, err := parseLexicon(e.Name(), data)
		if err != nil {
			return nil, err
		}
		lx.merge(part)
	}
	if len(user) > 0 {
		part, err := parseLexicon("user lexicon", user)
		if err != nil {
			return nil, err
		}
		lx.merge(part)
	}
	return lx, nil
}
