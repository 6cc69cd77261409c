//! Strings of « Exporter mon diaporama » and « Importer » (the adapted deck's file).
