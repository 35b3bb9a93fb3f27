def member_values(enum_class):
    return [member.value for member in enum_class]
