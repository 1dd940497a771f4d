{{ config.extra.print_front_matter }}
