package config

import (
	_ "embed"
	"fmt"
	"path/filepath"
)

// Example is the text of config/example.yaml, built into the binary: the
// configuration commands use when no file is given.
//
//go:embed example.yaml
var Example []byte

// LoadBuiltIn returns the built-in configuration (Example) as if it were
// the file config/example.yaml under dir: its relative paths resolve
// against dir/config, so data_dir "../data" is dir/data. getenv overrides
// apply as for Load.
func LoadBuiltIn(dir string, getenv func(string) string) (Config, error) {
	c, err := Parse(Example, getenv)
	if err != nil {
		return Config{}, fmt.Errorf("config: built-in configuration: %w", err)
	}
	abs, err := filepath.Abs(filepath.Join(dir, "config"))
	if err != nil {
		return Config{}, fmt.Errorf("config: %w", err)
	}
	c.resolvePaths(abs)
	return c, nil
}
