def test_parameterised_insert_and_queries(reader_run):
    assert reader_run("postgres.query") == [
        "  1: Fluent Python (2022)",
        "  2: Python Cookbook (2013)",
        "newest: Fluent Python",
        "2 books",
        "server speaks PostgreSQL 18",
    ]
