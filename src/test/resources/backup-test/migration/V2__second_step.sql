CREATE TABLE lab.m_later (id int PRIMARY KEY, a_child_id int REFERENCES lab.a_child (id));
