using System;
using System.Collections.Generic;

namespace CxJourney.Emulator.Store;

/// <summary>
/// A database transaction over the in-memory store: every write made through it is journaled
/// with what it replaced, so that a failed request rolls back everything it (and the requests it
/// started) wrote. Savepoints let a caller undo only the tail of the journal, e.g. one failed
/// item of an ExecuteMultiple that runs inside a plug-in's transaction.
/// </summary>
public sealed class StoreTransaction
{
    private readonly OrganizationStore _store;
    private readonly List<UndoEntry> _journal = new();
    private readonly List<Action> _onCommitted = new();

    internal StoreTransaction(OrganizationStore store) { _store = store; }

    /// <summary>False once committed or rolled back; writes are refused after that.</summary>
    public bool IsActive { get; private set; } = true;

    /// <summary>How many writes the transaction holds; a savepoint is a position in that journal.</summary>
    public int Savepoint() => _journal.Count;

    /// <summary>Runs after a successful commit, in registration order (e.g. to queue asynchronous work).</summary>
    public void OnCommitted(Action action)
    {
        EnsureActive();
        _onCommitted.Add(action);
    }

    public void Commit()
    {
        EnsureActive();
        _journal.Clear();
        IsActive = false;
        foreach (Action action in _onCommitted) action();
        _onCommitted.Clear();
    }

    public void Rollback()
    {
        EnsureActive();
        RollbackTo(0);
        _onCommitted.Clear();
        IsActive = false;
    }

    /// <summary>Undoes, newest first, every write made after <paramref name="savepoint"/>.</summary>
    public void RollbackTo(int savepoint)
    {
        EnsureActive();
        for (int i = _journal.Count - 1; i >= savepoint; i--)
        {
            _journal[i].Undo(_store);
            _journal.RemoveAt(i);
        }
    }

    /// <summary>Records state kept outside the tables (record shares): <paramref name="undo"/> runs if the write is rolled back.</summary>
    public void OnRolledBack(Action undo) => Record(new Callback(undo));

    internal void Record(UndoEntry entry)
    {
        EnsureActive();
        _journal.Add(entry);
    }

    private void EnsureActive()
    {
        if (!IsActive) throw new InvalidOperationException("The transaction is no longer active.");
    }

    internal abstract record UndoEntry(string Table)
    {
        public abstract void Undo(OrganizationStore store);
    }

    internal sealed record Inserted(string Table, Guid Id) : UndoEntry(Table)
    {
        public override void Undo(OrganizationStore store) => store.Rows(Table).Remove(Id);
    }

    internal sealed record Replaced(string Table, StoredRow Before) : UndoEntry(Table)
    {
        public override void Undo(OrganizationStore store) => store.Rows(Table).Replace(Before);
    }

    internal sealed record Removed(string Table, StoredRow Before) : UndoEntry(Table)
    {
        public override void Undo(OrganizationStore store) => store.Rows(Table).Insert(Before);
    }

    internal sealed record Callback(Action Action) : UndoEntry("")
    {
        public override void Undo(OrganizationStore store) => Action();
    }
}
