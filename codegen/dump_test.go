package codegen

import (
	"fmt"
	"os"
	"testing"
)

func TestDumpTiny(t *testing.T) {
	if os.Getenv("DUMP") == "" {
		t.Skip("DUMP not set")
	}
	out, err := Generate(tinyProgram(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	fmt.Printf("%v\n", out.Objects[0].Programs[0].Instructions)
}
