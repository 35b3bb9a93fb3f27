from .database import Column, db, reference_col


class Team(db.Model):
    __tablename__ = "teams"

    id = Column(db.Integer, primary_key=True)
    code = Column(db.String(12), unique=True, nullable=False)


class Player(db.Model):
    __tablename__ = "players"

    id = Column(db.Integer, primary_key=True)
    team_id = reference_col("teams")
    former_team_code = reference_col("teams", nullable=True, pk_name="code",
                                     foreign_key_kwargs={"ondelete": "SET NULL"},
                                     column_kwargs={"comment": "the team before"})
