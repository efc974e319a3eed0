package config

import (
	"fmt"
	"reflect"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// The messages of the YAML decoder this file rewrites.
var (
	reUnmarshal = regexp.MustCompile("^line (\\d+): cannot unmarshal !!(\\w+)(?: `(.*)`)? into (\\S+)$")
	reUnknown   = regexp.MustCompile(`^line (\d+): field (\S+) not found in type (\S+)$`)
	reLine      = regexp.MustCompile(`^(?:yaml: )?line (\d+): (.*)$`)
)

// yamlError turns the decoder's error for data into messages that name
// the key as the user wrote it ("crawl.delay") and say what to write,
// instead of Go types ("!!int into time.Duration", "config.Crawl").
func yamlError(data []byte, err error) *Error {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	msg = strings.TrimPrefix(msg, "unmarshal errors:\n  ")
	var root yaml.Node
	_ = yaml.Unmarshal(data, &root) // best effort: a syntax error leaves it empty
	var out []string
	for _, part := range strings.Split(msg, "\n  ") {
		out = append(out, explainPart(&root, part))
	}
	first := out[0]
	field, rest, _ := strings.Cut(first, ": ")
	if len(out) == 1 && !strings.HasPrefix(first, "line ") {
		return &Error{Field: field, Msg: rest}
	}
	return &Error{Msg: strings.Join(out, "; ")}
}

func explainPart(root *yaml.Node, part string) string {
	if m := reUnmarshal.FindStringSubmatch(part); m != nil {
		line, _ := strconv.Atoi(m[1])
		key := keyAt(root, line)
		what := "this value"
		if m[3] != "" {
			what = strconv.Quote(m[3])
		} else if m[2] == "seq" {
			what = "a list"
		} else if m[2] == "map" {
			what = "a mapping"
		}
		return fmt.Sprintf("%s (line %d): %s is not %s; %s", key, line, what, typeNoun(m[4]), typeHint(m[4]))
	}
	if m := reUnknown.FindStringSubmatch(part); m != nil {
		line, _ := strconv.Atoi(m[1])
		key := keyAt(root, line)
		if key == "" || key == "?" {
			key = m[2]
		}
		known := knownKeys(m[3])
		return fmt.Sprintf("%s (line %d): unknown key; the keys here are %s (see config/example.yaml)", key, line, strings.Join(known, ", "))
	}
	if m := reLine.FindStringSubmatch(part); m != nil {
		hint := ""
		if strings.Contains(m[2], "mapping values are not allowed") {
			hint = " (a value containing \": \" must be quoted)"
		}
		return fmt.Sprintf("line %s: %s%s", m[1], m[2], hint)
	}
	return part
}

// keyAt returns the dotted path of the key written on line ("crawl.delay",
// "sources[0].max_depth"), or "?" when none is.
func keyAt(root *yaml.Node, line int) string {
	best := ""
	var walk func(n *yaml.Node, path string)
	walk = func(n *yaml.Node, path string) {
		switch n.Kind {
		case yaml.DocumentNode:
			for _, c := range n.Content {
				walk(c, path)
			}
		case yaml.MappingNode:
			for i := 0; i+1 < len(n.Content); i += 2 {
				k, v := n.Content[i], n.Content[i+1]
				p := k.Value
				if path != "" {
					p = path + "." + k.Value
				}
				if k.Line == line {
					best = p
				}
				walk(v, p)
			}
		case yaml.SequenceNode:
			for i, c := range n.Content {
				p := fmt.Sprintf("%s[%d]", path, i)
				if c.Line == line && c.Kind == yaml.ScalarNode && best == "" {
					best = p
				}
				walk(c, p)
			}
		}
	}
	walk(root, "")
	if best == "" {
		return "?"
	}
	return best
}

func typeNoun(goType string) string {
	switch goType {
	case "time.Duration":
		return "a duration"
	case "int", "int64":
		return "a whole number"
	case "float64":
		return "a number"
	case "bool":
		return "true or false"
	case "string":
		return "a single text value"
	case "[]string":
		return "a list"
	}
	if strings.HasPrefix(goType, "[]") {
		return "a list"
	}
	return "a mapping of keys"
}

func typeHint(goType string) string {
	switch goType {
	case "time.Duration":
		return "write a duration such as 1s, 30s or 5m"
	case "int", "int64":
		return "write a whole number such as 2"
	case "float64":
		return "write a number such as 0.5"
	case "bool":
		return "write true or false"
	case "string":
		return "write one value (quote it if it contains \": \")"
	}
	if strings.HasPrefix(goType, "[]") {
		return "write a list such as [a, b] or one item per line starting with \"- \""
	}
	return "write the keys of config/example.yaml"
}

// knownKeys lists the YAML keys of the configuration struct named goType
// ("config.Crawl").
func knownKeys(goType string) []string {
	for _, v := range []any{Config{}, HTTP{}, NATS{}, Crawl{}, Extractor{}, Review{}, Ledger{}, Log{}, Source{}} {
		t := reflect.TypeOf(v)
		if t.String() != goType {
			continue
		}
		var keys []string
		for i := 0; i < t.NumField(); i++ {
			if tag, _, _ := strings.Cut(t.Field(i).Tag.Get("yaml"), ","); tag != "" && tag != "-" {
				keys = append(keys, tag)
			}
		}
		sort.Strings(keys)
		return keys
	}
	return []string{"those of config/example.yaml"}
}
